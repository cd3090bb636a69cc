#!/bin/sh
# `bellwether` on the PATH (the package links /usr/bin/bellwether here): the console, with no arguments or
# only --db PATH, runs on bin/bellwether and the console's heap; every command runs on bin/bellwether-command,
# whose smaller heap is all a streamed command needs. io.bellwether.Main.opensConsole draws the same line
# (LauncherChoiceTest keeps the two together).
bin=$(dirname "$(readlink -f "$0")")/../bin
case "$#:${1:-}" in
    0:|2:--db|1:--db=*) exec "$bin/bellwether" "$@" ;;
esac
exec "$bin/bellwether-command" "$@"
