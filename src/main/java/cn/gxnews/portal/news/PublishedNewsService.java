package cn.gxnews.portal.news;

import cn.gxnews.portal.news.query.PublishedNewsQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What anonymous readers may see: published articles, and only their published revision. */
@Service
public class PublishedNewsService {

    private final PublishedNewsQuery query;

    PublishedNewsService(PublishedNewsQuery query) {
        this.query = query;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedArticle> latest(int limit) {
        return query.findLatest(0, limit);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedArticle> find(ArticleId id) {
        return query.find(id);
    }
}
