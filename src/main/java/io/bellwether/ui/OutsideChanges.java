package io.bellwether.ui;

/**
 * Changes the console did not make itself: commands forwarded from the command line. The screen on
 * show reloads as after its own changes. Called on the FX thread.
 */
public final class OutsideChanges implements Runnable {
    private Runnable reload = () -> { };

    /** What the screen now on show does after an outside change. */
    public void reloadWith(Runnable reload) {
        this.reload = reload;
    }

    @Override
    public void run() {
        reload.run();
    }
}
