package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the public pages keep beside the cached pages (offices, sections, photo marks) goes when they go. */
class KeptWithPagesTest extends AbstractIntegrationTest {

    @Autowired
    private PageCache pages;

    @Test
    void it_is_read_once_and_again_after_each_emptying_of_the_page_cache() {
        AtomicInteger reads = new AtomicInteger();
        KeptWithPages<Integer> kept = new KeptWithPages<>(pages, reads::incrementAndGet);

        assertThat(kept.get()).isEqualTo(1);
        assertThat(kept.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);

        pages.invalidateAll();
        assertThat(kept.get()).isEqualTo(2);
        assertThat(kept.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_copy_read_while_the_cache_was_emptied_is_used_once_but_not_kept() {
        AtomicInteger reads = new AtomicInteger();
        KeptWithPages<Integer> kept = new KeptWithPages<>(pages, () -> {
            int read = reads.incrementAndGet();
            if (read == 1) {
                pages.invalidateAll(); // a change committed while the first copy was read: it may be the old one
            }
            return read;
        });

        assertThat(kept.get()).isEqualTo(1);
        assertThat(kept.get()).as("read again, not the copy from before the change").isEqualTo(2);
        assertThat(kept.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }
}
