package cn.gxnews.portal.media;

import cn.gxnews.portal.media.repository.MediaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;

/**
 * Takes out of an office's library the photos that only articles now deleted for good used (the recycle bin's
 * purge, decision 0025). Not a service: it acts for the portal itself, inside the caller's transaction, after
 * the caller checked who may delete the articles.
 */
@Component
public class MediaLibraryCleanup {

    private final MediaRepository media;

    MediaLibraryCleanup(MediaRepository media) {
        this.media = media;
    }

    /**
     * Removes those of the photos that no remaining article of the office uses, and their stored images when no
     * other library holds them.
     *
     * @return how many photos left the office's library
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeUnused(String officeCode, Collection<String> sha256s) {
        return media.removeUnused(officeCode, sha256s);
    }
}
