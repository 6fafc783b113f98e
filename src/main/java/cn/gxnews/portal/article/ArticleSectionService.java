package cn.gxnews.portal.article;

import cn.gxnews.portal.article.repository.ArticleRepository;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which section (栏目) an article belongs to. The section is the article's, not a revision's: whoever may edit the
 * article may move it (for a live article, only the office's editors, as for its text), and a live article moves
 * on the public site at once (decision 0026).
 */
@Service
public class ArticleSectionService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";
    /** Whoever may read the article: its office's staff, and a publisher reviewing it. */
    private static final String READERS = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "', '"
            + Roles.PUBLISHER + "')";

    private final ArticleService articles;
    private final ArticleRepository repository;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ArticleSectionService(ArticleService articles, ArticleRepository repository, CurrentUser currentUser,
                          ApplicationEventPublisher events) {
        this.articles = articles;
        this.repository = repository;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The id of the article's section; an article the member may not see is not found. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long sectionOf(ArticleId id) {
        articles.find(id);
        return repository.sectionOf(id);
    }

    /** Moves the article to another section. */
    @PreAuthorize(STAFF)
    @Transactional
    public void move(ArticleId id, long sectionId) {
        Article article = articles.find(id);
        if (!Transition.mayEdit(currentUser.require(), article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        if (repository.sectionOf(id) == sectionId) {
            return;
        }
        if (!repository.moveToSection(id, sectionId)) {
            throw new NotAllowedException("error.section.notFound");
        }
        events.publishEvent(new ArticleMovedToSection(id, article.live()));
    }
}
