package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.publicsite.query.PublishedNewsQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What anonymous readers may see: live articles, and only their published revision. */
@Service
public class PublishedNewsService {

    private final PublishedNewsQuery query;

    PublishedNewsService(PublishedNewsQuery query) {
        this.query = query;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedArticle> latest(int limit) {
        return query.findLatest(null, 0, limit);
    }

    /**
     * One page of the news, newest first.
     *
     * @param officeCode one office's news, or {@code null} for all
     * @param page       from 1
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedArticle> page(@Nullable String officeCode, int page, int pageSize) {
        return query.findLatest(officeCode, (Math.max(page, 1) - 1) * pageSize, pageSize);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int count(@Nullable String officeCode) {
        return query.count(officeCode);
    }

    /**
     * One page of the news of one section, newest first.
     *
     * @param officeCode one office's news, or {@code null} for all
     * @param sectionId  one section's news, or {@code null} for all
     * @param page       from 1
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedArticle> page(@Nullable String officeCode, @Nullable Long sectionId, int page, int pageSize) {
        return query.findLatest(officeCode, sectionId, (Math.max(page, 1) - 1) * pageSize, pageSize);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int count(@Nullable String officeCode, @Nullable Long sectionId) {
        return query.count(officeCode, sectionId);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedArticle> find(ArticleId id) {
        return query.find(id);
    }

    /** Live articles' addresses and change times, newest first, for the sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SitemapEntry> index(int offset, int limit) {
        return query.findIndex(offset, limit);
    }

    /** Whether the article was online once and has been taken down (so its address is gone, not unknown). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean wasPublished(ArticleId id) {
        return query.wasPublished(id);
    }

    /** A live article with its neighbours (the articles published just before and just after it). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ArticlePage> findPage(ArticleId id) {
        return query.findPage(id);
    }
}
