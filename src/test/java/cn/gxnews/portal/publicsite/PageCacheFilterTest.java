package cn.gxnews.portal.publicsite;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which clients get the page cache's compressed copy of a page. */
class PageCacheFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "gzip, deflate, br, zstd | true",
            "GZIP                    | true",
            "br;q=1.0, gzip;q=0.8    | true",
            "*                       | true",
            "*;q=0, gzip             | true",
            "gzip;q=0, *             | false",
            "identity, *;q=0         | false",
            "identity                | false",
            "gzip;q=0                | false",
            "gzip; q=0.000           | false",
            "deflate, br             | false",
            "x-gzip                  | false",
            "''                      | false",
            "NULL                    | false"})
    void a_client_gets_the_compressed_copy_when_it_accepts_gzip(String acceptEncoding, boolean accepted) {
        assertThat(PageCacheFilter.acceptsGzip(acceptEncoding)).isEqualTo(accepted);
    }
}
