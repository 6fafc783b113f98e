package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleNotFoundException;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.StandardWordingService;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.section.SectionService;
import cn.gxnews.portal.article.RecycleBinService;
import cn.gxnews.portal.article.CommentService;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.readership.ReadershipService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;

/**
 * The address of the article editor: {@code article/new} for a new draft, {@code article/<id>} for one that
 * exists. Each address gets an {@link ArticleEditor} of its own, also when the router reuses this view for
 * another article, so nothing of the previous article (its text, its edit lock) carries over.
 */
@Route("article")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class ArticleEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The URL parameter that opens an empty editor for a new draft. */
    static final String NEW = "new";

    private final StandardWordingService wording;
    private final SectionService sections;
    private final ArticleSectionService articleSections;
    private final ArticleService articles;
    private final EditLockService locks;
    private final CommentService comments;
    private final MediaService media;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReadershipService readership;
    private final RecycleBinService bin;
    private String pageTitle = "";

    ArticleEditorView(ArticleService articles, EditLockService locks, CommentService comments, MediaService media,
                      CurrentUser currentUser, Clock clock, ReadershipService readership,
                      StandardWordingService wording, SectionService sections, ArticleSectionService articleSections,
                      RecycleBinService bin) {
        this.readership = readership;
        this.wording = wording;
        this.sections = sections;
        this.articleSections = articleSections;
        this.bin = bin;
        this.articles = articles;
        this.locks = locks;
        this.comments = comments;
        this.media = media;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        try {
            ArticleEditor editor = NEW.equals(parameter) ? editor(null)
                    : editor(articles.find(new ArticleId(Long.parseLong(parameter))));
            pageTitle = editor.heading();
            add(editor);
        } catch (NumberFormatException | ArticleNotFoundException e) {
            H2 notFound = new H2(getTranslation("error.article.notFound", parameter));
            pageTitle = notFound.getText();
            add(notFound);
        }
    }

    private ArticleEditor editor(@Nullable Article opened) {
        return new ArticleEditor(articles, locks, comments, media, readership, currentUser, clock, wording,
                new ArticleEditor.Sections(sections, articleSections), bin, opened);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
