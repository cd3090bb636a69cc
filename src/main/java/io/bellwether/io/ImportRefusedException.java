package io.bellwether.io;

import java.util.List;

/** An import refused as a whole; nothing was stored. Lists every bad line found (up to a limit). */
public class ImportRefusedException extends Exception {
    private final transient List<LineProblem> problems;
    private final long moreProblems;

    public ImportRefusedException(List<LineProblem> problems, long moreProblems) {
        super(summary(problems, moreProblems));
        this.problems = List.copyOf(problems);
        this.moreProblems = moreProblems;
    }

    public static ImportRefusedException of(long line, String field, String reason) {
        return new ImportRefusedException(List.of(new LineProblem(line, field, reason)), 0);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    /** Bad lines found beyond those listed. */
    public long moreProblems() {
        return moreProblems;
    }

    private static String summary(List<LineProblem> problems, long more) {
        long total = problems.size() + more;
        String first = problems.isEmpty() ? "" : ": " + problems.get(0);
        return "Import refused, nothing stored (" + total + (total == 1 ? " bad line" : " bad lines") + ")" + first;
    }
}
