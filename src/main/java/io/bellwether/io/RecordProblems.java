package io.bellwether.io;

import java.util.ArrayList;
import java.util.List;

/** Collects refused lines of a record file, keeping the first {@value #LIMIT}. */
public final class RecordProblems implements RecordReader.ProblemSink {
    static final int LIMIT = 100;
    private final List<LineProblem> listed = new ArrayList<>();
    private long more;

    @Override
    public void add(LineProblem problem) {
        if (listed.size() < LIMIT) {
            listed.add(problem);
        } else {
            more++;
        }
    }

    public boolean isEmpty() {
        return listed.isEmpty();
    }

    public ImportRefusedException refusal() {
        return new ImportRefusedException(listed, more);
    }
}
