package io.bellwether.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(PageCache.class)
    void theDatabaseKeepsThePageCacheItWasOpenedWith(PageCache cache) {
        try (OpenedStores stores = H2Stores.open(folder.resolve("bellwether"), cache)) {
            int kilobytes = stores.tables().readTables(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet setting = statement.executeQuery(
                             "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
                    setting.next();
                    return Integer.parseInt(setting.getString(1));
                }
            });
            assertThat(kilobytes).isEqualTo(cache.kilobytes());
        }
    }
}
