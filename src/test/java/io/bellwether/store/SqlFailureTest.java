package io.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;

/** How {@link Sql#run} reports a failed statement: what was being done, or that memory ran out. */
class SqlFailureTest {

    @Test
    void aFailedStatementSaysWhatWasBeingDone() {
        assertThatThrownBy(() -> Sql.run("store a health check of dep-1", () -> {
            throw new SQLException("Value too long for column \"STATUS\"");
        })).isInstanceOf(StoreException.class)
                .hasMessage("Could not store a health check of dep-1: Value too long for column \"STATUS\"");
    }

    @Test
    void memoryThatH2RanOutOfIsTheErrorItselfNotABadStatement() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        SQLException h2 = DbException.convert(error).getSQLException();

        assertThatThrownBy(() -> Sql.run("copy the workspace", () -> {
            throw h2;
        })).isSameAs(error);
    }

    @Test
    void memoryRunOutOfInsideTheFileStoreIsFoundUnderH2sGeneralError() {
        // What a workspace copy under -Xmx256m met: a write buffer that could not grow, inside an
        // MVStoreException, inside H2's "General error".
        OutOfMemoryError error = new OutOfMemoryError("Capacity: 15925248");
        SQLException h2 = DbException.convert(DataUtils.newMVStoreException(
                DataUtils.ERROR_WRITING_FAILED, "Writing failed", error)).getSQLException();
        assertThat(h2.getMessage()).contains("General error");

        assertThatThrownBy(() -> Sql.run("copy the workspace", () -> {
            throw h2;
        })).isSameAs(error);
    }

    @Test
    void h2sOutOfMemoryCodeWithoutItsCauseIsStillRunningOutOfMemory() {
        SQLException h2 = new SQLException("Out of memory.", "90108", org.h2.api.ErrorCode.OUT_OF_MEMORY);

        assertThatThrownBy(() -> Sql.run("read the report", () -> {
            throw h2;
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("Out of memory.");
    }
}
