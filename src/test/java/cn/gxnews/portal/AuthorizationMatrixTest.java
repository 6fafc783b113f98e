package cn.gxnews.portal;

import cn.gxnews.portal.staff.AdministrativeChangeLog;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.PhotoRejectedException;
import cn.gxnews.portal.media.WatermarkPosition;
import cn.gxnews.portal.media.WatermarkService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleNotFoundException;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.editorial.AuditFilter;
import cn.gxnews.portal.editorial.AuditService;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.editorial.PlainAuditLabels;
import cn.gxnews.portal.publicsite.PublishedNewsService;
import cn.gxnews.portal.publicsite.SavedSiteSettings;
import cn.gxnews.portal.publicsite.SiteSettingsService;
import cn.gxnews.portal.publicsite.WeChatRepostService;
import cn.gxnews.portal.search.SearchService;
import cn.gxnews.portal.article.SensitiveWordService;
import cn.gxnews.portal.article.StandardWording;
import cn.gxnews.portal.article.StandardWordingService;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionService;
import cn.gxnews.portal.notification.NotificationService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import cn.gxnews.portal.article.Comment;
import cn.gxnews.portal.article.CommentService;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.readership.ReadershipService;
import cn.gxnews.portal.security.NewStaffAccount;
import cn.gxnews.portal.security.SignInLog;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.gxnews.portal.AuthorizationMatrixTest.Access.ALLOW;
import static cn.gxnews.portal.AuthorizationMatrixTest.Access.DENY;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Who may call which service method: every public method of every {@code @Service}, called directly (as a
 * view, a controller or a forged request would), by each kind of caller, on something of the Nanning office.
 * "Own" and "other" office are the caller's office compared with Nanning's. The table fails when a service
 * method has no row, so a new method cannot ship without someone deciding who may call it.
 *
 * <p>ALLOW means the call goes through: the arguments are real and current, so it completes without any
 * exception. DENY means the portal refuses it with one of its refusals ({@link #isRefusal}). Anything else
 * (a stale version, a wrong state, a lock held by someone else, a bug) fails the cell either way: it would
 * hide whether the guard let the call through. The Nanning articles are the Nanning author's own, and each
 * is in a state the call can start from; which transition each state allows to whom is
 * {@code TransitionTableTest}'s table, and which rows a list shows is {@link OfficeIsolationTest}'s.
 */
class AuthorizationMatrixTest extends AbstractIntegrationTest {

    enum Access { ALLOW, DENY }

    /** The callers, each a demo account (Nanning is "own" office, Liuzhou the "other"). */
    enum Caller {
        ANONYMOUS(null, "anonymous reader"),
        AUTHOR_OWN("author.nanning", "author of Nanning (own office)"),
        AUTHOR_OTHER("author.liuzhou", "author of Liuzhou (other office)"),
        EDITOR_OWN("editor.nanning", "editor of Nanning (own office)"),
        /** Saved a revision of the article the call acts on before the call (see {@link Nanning}). */
        EDITOR_OWN_WHO_EDITED("editor.nanning", "editor of Nanning who edited this revision", true),
        EDITOR_OTHER("editor.liuzhou", "editor of Liuzhou (other office)"),
        EDITOR_ALL("editor.all", "editor of all offices"),
        ADMIN("admin", "administrator"),
        /** 签发人: reviews the levels offices give to publishers, for every office (decision 0025). */
        PUBLISHER("publisher", "publisher of the company");

        final @Nullable String username;
        final String description;
        final boolean editedIt;

        Caller(@Nullable String username, String description) {
            this(username, description, false);
        }

        Caller(@Nullable String username, String description, boolean editedIt) {
            this.username = username;
            this.description = description;
            this.editedIt = editedIt;
        }
    }

    /** The policies of the table: one expectation per kind of caller. */
    enum Policy {
        //                      anonymous author        editor                     editor of  admin  publisher
        //                                own    other  own    own who edited other  all              (company)
        ANYONE(                 ALLOW,    ALLOW, ALLOW, ALLOW, ALLOW,          ALLOW, ALLOW,     ALLOW, ALLOW, "anyone"),
        SIGNED_IN(              DENY,     ALLOW, ALLOW, ALLOW, ALLOW,          ALLOW, ALLOW,     ALLOW, ALLOW,
                "any signed-in member"),
        STAFF(                  DENY,     ALLOW, ALLOW, ALLOW, ALLOW,          ALLOW, ALLOW,     DENY,  DENY,
                "authors and editors"),
        WRITERS(                DENY,     ALLOW, ALLOW, ALLOW, ALLOW,          ALLOW, DENY,      DENY,  DENY,
                "staff with an office"),
        STAFF_OF_THE_OFFICE(    DENY,     ALLOW, DENY,  ALLOW, ALLOW,          DENY,  ALLOW,     DENY,  DENY,
                "the office's staff"),
        READERS_OF_THE_OFFICE(  DENY,     ALLOW, DENY,  ALLOW, ALLOW,          DENY,  ALLOW,     DENY,  ALLOW,
                "the office's staff, and the company's publishers who review every office"),
        WRITERS_OF_THE_OFFICE(  DENY,     ALLOW, DENY,  ALLOW, ALLOW,          DENY,  DENY,      DENY,  DENY,
                "the office's own staff"),
        EDITORS(                DENY,     DENY,  DENY,  ALLOW, ALLOW,          ALLOW, ALLOW,     DENY,  DENY,  "editors"),
        REVIEWERS(              DENY,     DENY,  DENY,  ALLOW, ALLOW,          ALLOW, ALLOW,     DENY,  ALLOW,
                "editors and publishers (each sees what waits for their level: OfficeIsolationTest)"),
        EDITORS_OF_THE_OFFICE(  DENY,     DENY,  DENY,  ALLOW, ALLOW,          DENY,  ALLOW,     DENY,  DENY,
                "the office's editors"),
        REVIEWERS_OF_THE_OFFICE(DENY,     DENY,  DENY,  ALLOW, DENY,           DENY,  ALLOW,     DENY,  DENY,
                "who takes the article's review level (the office's editors here) and did not write or change the "
                        + "revision (four eyes)"),
        ADMINS(                 DENY,     DENY,  DENY,  DENY,  DENY,           DENY,  DENY,      ALLOW, DENY,
                "administrators");

        private final List<Access> access;
        final String description;

        Policy(Access anonymous, Access authorOwn, Access authorOther, Access editorOwn, Access editorOwnWhoEdited,
               Access editorOther, Access editorOfAll, Access admin, Access publisher, String description) {
            this.access = List.of(anonymous, authorOwn, authorOther, editorOwn, editorOwnWhoEdited, editorOther,
                    editorOfAll, admin, publisher);
            this.description = description;
        }

        Access of(Caller caller) {
            return access.get(caller.ordinal());
        }
    }

    /**
     * The refusals of the portal's rule keys: every {@link NotAllowedException} that says the member may not,
     * as opposed to one that says the article is in the wrong state or locked by someone else.
     */
    private static final Set<String> REFUSAL_KEYS = Set.of("error.article.noOffice", "error.article.mayNotEdit",
            "error.article.foreignPhoto", "error.transition.notAllowed", "error.lock.takeOverNotAllowed",
            "error.audit.otherOffice", "error.comment.resolveNotAllowed", "error.transition.ownRevision",
            "error.readership.otherOffice", "error.transition.earlierLevel");

    /** A photo the media library's refusals name: one of another office, or an upload without an office. */
    private static final Set<String> PHOTO_REFUSAL_KEYS = Set.of("media.error.notFound", "media.error.noOffice");

    private static final ArticleDraft TEXT = ArticleDraft.of("南宁分公司开展消防演练", "全体员工参加消防安全演练。",
            List.of("11月26日，南宁分公司在金禄大厦开展消防安全演练。"));

    @Autowired
    private ArticleService articles;
    @Autowired
    private AuditService audit;
    @Autowired
    private EditLockService locks;
    @Autowired
    private PublishedNewsService publishedNews;
    @Autowired
    private SearchService search;
    @Autowired
    private SensitiveWordService sensitiveWords;
    @Autowired
    private StandardWordingService standardWording;
    @Autowired
    private SectionService sections;
    @Autowired
    private ArticleSectionService articleSections;
    @Autowired
    private MediaService media;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private OfficeService offices;
    @Autowired
    private SiteSettingsService siteSettings;
    @Autowired
    private WeChatRepostService weChat;
    @Autowired
    private CommentService comments;
    @Autowired
    private ReviewService review;
    @Autowired
    private ReadershipService readership;
    @Autowired
    private WatermarkService watermarks;
    @Autowired
    private cn.gxnews.portal.article.RecycleBinService bin;
    @Autowired
    private SignInLog signInLog;
    @Autowired
    private AdministrativeChangeLog administrativeChanges;
    @Autowired
    private StaffAccountService accounts;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private UserDetailsPasswordService passwordUpgrades;
    @Autowired
    private Clock clock;

    /** The table: one row per public service method, grouped by service. */
    private List<Row> rows() {
        return List.of(
                // news: writing and the workflow
                row("ArticleService.createDraft(ArticleDraft)", Policy.WRITERS_OF_THE_OFFICE, n -> {
                    // a Nanning photo, which a Liuzhou member may not show; an editor of all offices has no
                    // office to write for
                    ArticleDraft withPhoto = TEXT.withCover(n.photo().sha256());
                    return () -> articles.createDraft(withPhoto);
                }),
                row("ArticleService.find(ArticleId)", Policy.READERS_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.find(draft.id());
                }),
                row("ArticleService.save(ArticleId, int, ArticleDraft)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.save(draft.id(), draft.version(), TEXT);
                }),
                row("ArticleService.restore(ArticleId, int, int)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.restore(draft.id(), draft.version(), 1);
                }),
                row("ArticleService.submit(ArticleId, int)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.submit(draft.id(), draft.version());
                }),
                row("ArticleService.withdraw(ArticleId, int)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article inReview = n.inReview();
                    return () -> articles.withdraw(inReview.id(), inReview.version());
                }),
                row("ReviewService.requestChanges(ArticleId, int, String)", Policy.REVIEWERS_OF_THE_OFFICE, n -> {
                    Article inReview = n.inReview();
                    return () -> review.requestChanges(inReview.id(), inReview.version(), "请补充会议的时间和地点。");
                }),
                row("ReviewService.approveAndPublish(ArticleId, int)", Policy.REVIEWERS_OF_THE_OFFICE, n -> {
                    Article inReview = n.inReview();
                    return () -> review.approveAndPublish(inReview.id(), inReview.version());
                }),
                row("ReviewService.approveAndPublish(ArticleId, int, Instant)", Policy.REVIEWERS_OF_THE_OFFICE, n -> {
                    Article inReview = n.inReview();
                    Instant offline = clock.instant().plus(Duration.ofDays(30));
                    return () -> review.approveAndPublish(inReview.id(), inReview.version(), offline);
                }),
                row("ReviewService.approveAndSchedule(ArticleId, int, Instant, Instant)", Policy.REVIEWERS_OF_THE_OFFICE,
                        n -> {
                            Article inReview = n.inReview();
                            Instant online = clock.instant().plus(Duration.ofDays(1));
                            return () -> review.approveAndSchedule(inReview.id(), inReview.version(), online, null);
                        }),
                // Nanning with two levels, both its editors'; the call approves the first
                row("ReviewService.approveLevel(ArticleId, int, String)", Policy.REVIEWERS_OF_THE_OFFICE, n -> {
                    n.hasReviewLevels(ReviewLevels.of(ReviewTaker.OFFICE_EDITORS, ReviewTaker.OFFICE_EDITORS));
                    Article inReview = n.inReview();
                    return () -> review.approveLevel(inReview.id(), inReview.version(), "事实已核对");
                }),
                row("ReviewService.unpublish(ArticleId, int)", Policy.EDITORS_OF_THE_OFFICE, n -> {
                    Article published = n.published();
                    return () -> review.unpublish(published.id(), published.version());
                }),
                row("ReviewService.republish(ArticleId, int)", Policy.EDITORS_OF_THE_OFFICE, n -> {
                    Article unpublished = n.unpublished();
                    return () -> review.republish(unpublished.id(), unpublished.version());
                }),
                row("ArticleService.revisions(ArticleId)", Policy.READERS_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.revisions(draft.id());
                }),
                row("ArticleService.sensitiveWordsIn(ArticleDraft)", Policy.STAFF,
                        n -> () -> articles.sensitiveWordsIn(TEXT)),
                row("ArticleService.checkSubmittable(ArticleDraft)", Policy.STAFF,
                        n -> () -> articles.checkSubmittable(TEXT)),
                row("ArticleService.autosave(ArticleId, int, int, ArticleDraft)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.autosave(draft.id(), draft.version(), draft.working().number(), TEXT);
                }),
                row("ArticleService.findAutosave(ArticleId)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.findAutosave(draft.id());
                }),
                row("ArticleService.discardAutosave(ArticleId)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articles.discardAutosave(draft.id());
                }),
                // lists of the caller's own articles: which rows they show is OfficeIsolationTest's
                row("ArticleService.findMine(int, int)", Policy.STAFF, n -> () -> articles.findMine(0, 50).toList()),
                row("ArticleService.countMine()", Policy.STAFF, n -> () -> articles.countMine()),

                // news: the recycle bin (the lists show the caller's own and their office's: RecycleBinTest)
                row("RecycleBinService.moveToBin(ArticleId, int)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> bin.moveToBin(draft.id(), draft.version());
                }),
                row("RecycleBinService.restore(ArticleId, int)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article binned = n.binned();
                    return () -> bin.restore(binned.id(), binned.version());
                }),
                row("RecycleBinService.binned(int, int)", Policy.STAFF, n -> () -> bin.binned(0, 50).toList()),
                row("RecycleBinService.countBinned()", Policy.STAFF, n -> () -> bin.countBinned()),
                row("RecycleBinService.empty()", Policy.ADMINS, n -> () -> bin.empty()),
                row("RecycleBinService.countAll()", Policy.ADMINS, n -> () -> bin.countAll()),
                open("RecycleBinService.keep()", "a setting, not data: the desk says how long the bin keeps articles",
                        n -> () -> bin.keep()),

                // news: the audit trail, asked for Nanning's
                row("AuditService.find(AuditFilter, int, int)", Policy.EDITORS_OF_THE_OFFICE,
                        n -> () -> audit.find(new AuditFilter("nanning", null, null), 0, 50).toList()),
                row("AuditService.exportCsv(AuditFilter, CsvLabels, Writer)", Policy.EDITORS_OF_THE_OFFICE,
                        n -> () -> audit.exportCsv(new AuditFilter("nanning", null, null), new PlainAuditLabels(),
                                new StringWriter())),

                // news: edit locks
                open("EditLockService.expiry()", "a setting, not data: how long a lock lasts without a heartbeat",
                        n -> () -> locks.expiry()),
                row("EditLockService.acquire(ArticleId)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> locks.acquire(draft.id());
                }),
                row("EditLockService.takeOver(ArticleId)", Policy.EDITORS_OF_THE_OFFICE, n -> {
                    Article locked = n.lockedByItsAuthor();
                    return () -> locks.takeOver(locked.id());
                }),
                // a heartbeat or release touches only the caller's own lock (OfficeIsolationTest)
                row("EditLockService.heartbeat(ArticleId)", Policy.STAFF, n -> {
                    Article locked = n.lockedByItsAuthor();
                    return () -> locks.heartbeat(locked.id());
                }),
                row("EditLockService.release(ArticleId)", Policy.STAFF, n -> {
                    Article locked = n.lockedByItsAuthor();
                    return () -> locks.release(locked.id());
                }),

                // news: the public site's reading and search
                open("PublishedNewsService.latest(int)", "the public site: live articles only",
                        n -> () -> publishedNews.latest(10)),
                open("PublishedNewsService.page(String, int, int)", "the public site: live articles only",
                        n -> () -> publishedNews.page("nanning", 1, 10)),
                open("PublishedNewsService.count(String)", "the public site: live articles only",
                        n -> () -> publishedNews.count("nanning")),
                open("PublishedNewsService.page(String, Long, int, int)", "the public site: live articles only",
                        n -> () -> publishedNews.page("nanning", 1L, 1, 10)),
                open("PublishedNewsService.count(String, Long)", "the public site: live articles only",
                        n -> () -> publishedNews.count("nanning", 1L)),
                open("PublishedNewsService.find(ArticleId)", "the public site: a live article's published revision",
                        n -> {
                            Article published = n.published();
                            return () -> publishedNews.find(published.id()).orElseThrow();
                        }),
                open("PublishedNewsService.index(int, int)", "the public site's sitemap: live articles only",
                        n -> () -> publishedNews.index(0, 100)),
                open("PublishedNewsService.wasPublished(ArticleId)", "the public site: gone rather than not found",
                        n -> {
                            Article unpublished = n.unpublished();
                            return () -> assertThat(publishedNews.wasPublished(unpublished.id())).isTrue();
                        }),
                open("PublishedNewsService.findPage(ArticleId)",
                        "the public site: a live article's published revision with its neighbours",
                        n -> {
                            Article published = n.published();
                            return () -> publishedNews.findPage(published.id()).orElseThrow();
                        }),
                open("SearchService.search(String, int)", "the public site's search: live articles only",
                        n -> () -> search.search("南宁", 1)),
                open("SearchService.search(String, int, String, Long)",
                        "the public site's search by office and section: live articles only",
                        n -> () -> search.search("南宁", 1, "nanning", 1L)),

                // news: the sensitive-word list
                row("SensitiveWordService.list()", Policy.ADMINS, n -> () -> sensitiveWords.list()),
                row("SensitiveWordService.add(String)", Policy.ADMINS, n -> () -> sensitiveWords.add("内部资料")),
                row("SensitiveWordService.remove(String)", Policy.ADMINS, n -> {
                    as("admin", () -> sensitiveWords.add("内部资料"));
                    return () -> sensitiveWords.remove("内部资料");
                }),

                // news: the standard-wording list; every writer's text is checked against it
                row("StandardWordingService.list()", Policy.ADMINS, n -> () -> standardWording.list()),
                row("StandardWordingService.save(StandardWording)", Policy.ADMINS, n -> () -> standardWording.save(
                        new StandardWording("南宁市政府网", "南宁市人民政府门户网站", "", StandardWording.Severity.WARN))),
                row("StandardWordingService.remove(String)", Policy.ADMINS, n -> () -> standardWording.remove("广西省")),
                row("StandardWordingService.importCsv(String)", Policy.ADMINS,
                        n -> () -> standardWording.importCsv("wrong,right,note,severity\n僮族,壮族,,WARN\n")),
                row("StandardWordingService.export(Writer, UnaryOperator)", Policy.ADMINS,
                        n -> () -> {
                            try {
                                standardWording.export(new java.io.StringWriter(), key -> key);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }),
                row("StandardWordingService.findIn(ArticleDraft)", Policy.STAFF, n -> () -> standardWording.findIn(TEXT)),

                // media: each office's library; serve and file answer a refusal with nothing
                open("MediaService.maxUploadBytes()", "a setting, not data: the upload component shows the limit",
                        n -> () -> media.maxUploadBytes()),
                row("MediaService.upload(byte[])", Policy.WRITERS, n -> () -> media.upload(TestPhotos.jpeg(320, 200, Color.ORANGE))),
                row("MediaService.upload(InputStream)", Policy.WRITERS,
                        n -> () -> media.upload(new ByteArrayInputStream(TestPhotos.jpeg(320, 200, Color.YELLOW)))),
                row("MediaService.library(String, int, int)", Policy.STAFF,
                        n -> () -> media.library("", 0, 20).toList()),
                row("MediaService.count(String)", Policy.STAFF, n -> () -> media.count("")),
                row("MediaService.describe(long, int, String, String, String)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    MediaItem photo = n.photo();
                    return () -> media.describe(photo.id(), photo.version(), "会议室", "李明", "南宁分公司会议室全景");
                }),
                open("MediaService.sizes(Collection)", "sizes are no secret: the public pages lay out photos with them",
                        n -> {
                            MediaItem photo = n.photo();
                            return () -> media.sizes(List.of(photo.sha256()));
                        }),
                row("MediaService.serve(String, int)", Policy.READERS_OF_THE_OFFICE, n -> {
                    // an unpublished photo of the Nanning library (a published one is for anyone)
                    MediaItem photo = n.photo();
                    return () -> refusedIfEmpty(media.serve(photo.sha256(), 320));
                }),
                row("MediaService.allInLibrary(Collection, String)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    MediaItem photo = n.photo();
                    return () -> assertThat(media.allInLibrary(List.of(photo.sha256()), "nanning")).isTrue();
                }),
                row("MediaService.file(long, int)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    MediaItem photo = n.photo();
                    return () -> refusedIfEmpty(media.file(photo.id(), 320));
                }),

                open("MediaService.serveMarked(String, int, String)",
                        "readers' copies of published photos with the office's watermark", n -> {
                            MediaItem photo = n.photo();
                            return () -> media.serveMarked(photo.sha256(), 320, "nanning.1");
                        }),
                open("MediaService.readerMark(String)", "the public pages name the watermark in photo addresses",
                        n -> () -> media.readerMark("nanning")),
                row("WatermarkService.find(String)", Policy.ADMINS, n -> () -> watermarks.find("nanning")),
                row("WatermarkService.fontSource()", Policy.ADMINS, n -> () -> watermarks.fontSource()),
                row("WatermarkService.progress(String)", Policy.ADMINS, n -> () -> watermarks.progress("nanning")),
                row("WatermarkService.save(String, boolean, String, WatermarkPosition, int)", Policy.ADMINS,
                        n -> () -> watermarks.save("nanning", true, "南宁分公司", WatermarkPosition.BOTTOM_RIGHT, 60)),

                // notifications: the caller's own only (OfficeIsolationTest)
                row("NotificationService.mine(int, int)", Policy.SIGNED_IN,
                        n -> () -> notifications.mine(0, 20).toList()),
                row("NotificationService.countMine()", Policy.SIGNED_IN, n -> () -> notifications.countMine()),
                row("NotificationService.unreadCount()", Policy.SIGNED_IN, n -> () -> notifications.unreadCount()),
                row("NotificationService.markRead(Long)", Policy.SIGNED_IN, n -> {
                    long authors = n.notificationOfItsAuthor();
                    return () -> notifications.markRead(authors);
                }),

                // offices
                row("OfficeService.version(String)", Policy.ADMINS, n -> () -> offices.version("nanning")),
                row("OfficeService.update(Office, int)", Policy.ADMINS, n -> {
                    Office nanning = offices.find("nanning").orElseThrow();
                    int version = as("admin", () -> offices.version("nanning"));
                    return () -> offices.update(nanning, version);
                }),
                row("OfficeService.reviewLevels(String)", Policy.ADMINS, n -> () -> offices.reviewLevels("nanning")),
                row("OfficeService.update(Office, ReviewLevels, int)", Policy.ADMINS, n -> {
                    Office nanning = offices.find("nanning").orElseThrow();
                    int version = as("admin", () -> offices.version("nanning"));
                    return () -> offices.update(nanning,
                            ReviewLevels.of(ReviewTaker.OFFICE_EDITORS, ReviewTaker.PUBLISHERS), version);
                }),
                open("OfficeService.findAll()", "the public Contact Us page", n -> () -> offices.findAll()),

                // section: public names and addresses; administrators keep them; an article's section is its own
                open("SectionService.findAll()", "the public site's section pages and filters",
                        n -> () -> sections.findAll()),
                open("SectionService.find(long)", "the public article page's breadcrumbs",
                        n -> () -> sections.find(1).orElseThrow()),
                open("SectionService.findBySlug(String)", "the public section pages",
                        n -> () -> sections.findBySlug("industry").orElseThrow()),
                row("SectionService.add(String, String, String)", Policy.ADMINS,
                        n -> () -> sections.add("events", "活动预告", "Events")),
                row("SectionService.update(Section, int)", Policy.ADMINS, n -> {
                    Section industry = sections.findBySlug("industry").orElseThrow();
                    return () -> sections.update(new Section(industry.id(), "industry", "行业动态", "Industry",
                            industry.position(), industry.version()), industry.version());
                }),
                row("SectionService.move(long, int, boolean)", Policy.ADMINS, n -> {
                    Section notices = sections.findBySlug("notices").orElseThrow();
                    return () -> sections.move(notices.id(), notices.version(), true);
                }),
                row("SectionService.remove(long, int)", Policy.ADMINS, n -> {
                    Section added = as("admin", () -> sections.add("events", "活动预告", "Events"));
                    return () -> sections.remove(added.id(), added.version());
                }),
                row("ArticleSectionService.sectionOf(ArticleId)", Policy.READERS_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> articleSections.sectionOf(draft.id());
                }),
                row("ArticleSectionService.move(ArticleId, long)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    long company = sections.findBySlug("company").orElseThrow().id();
                    return () -> articleSections.move(draft.id(), company);
                }),
                open("OfficeService.find(String)", "the public Contact Us page",
                        n -> () -> offices.find("nanning").orElseThrow()),

                // the public site's settings
                row("SiteSettingsService.load()", Policy.ADMINS, n -> () -> siteSettings.load()),
                row("SiteSettingsService.update(SiteSettings, int)", Policy.ADMINS, n -> {
                    SavedSiteSettings saved = as("admin", () -> siteSettings.load());
                    return () -> siteSettings.update(saved.settings(), saved.version());
                }),
                open("SiteSettingsService.current()", "every public page's title and footer",
                        n -> () -> siteSettings.current()),
                open("SiteSettingsService.greyNow()", "every public page's colours", n -> () -> siteSettings.greyNow()),
                // the editors' copy of a published article for the WeChat official account (public content)
                row("WeChatRepostService.copyOf(ArticleId)", Policy.EDITORS, n -> {
                    Article published = n.published();
                    return () -> weChat.copyOf(published.id()).orElseThrow();
                }),
                open("SiteSettingsService.reload()", "what every instance does when a change is announced",
                        n -> () -> siteSettings.reload()),

                // review: comments on a Nanning draft, and the editors' queue and dashboard
                row("CommentService.comments(ArticleId)", Policy.READERS_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> comments.comments(draft.id());
                }),
                row("CommentService.add(ArticleId, Long, String)", Policy.READERS_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    return () -> comments.add(draft.id(), null, "请补充会议的时间和地点。");
                }),
                row("CommentService.setResolved(ArticleId, long, boolean)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article draft = n.draft();
                    Comment authors = as("author.nanning", () -> comments.add(draft.id(), null, "标题是否需要改短？"));
                    return () -> comments.setResolved(draft.id(), authors.id(), true);
                }),
                // each editor's own office (all offices for an editor of all), each publisher's levels of every
                // office: OfficeIsolationTest
                row("ReviewService.countsByOffice()", Policy.EDITORS, n -> () -> review.countsByOffice()),
                row("ReviewService.queue(int, int)", Policy.REVIEWERS, n -> () -> review.queue(0, 20).toList()),
                row("ReviewService.count()", Policy.REVIEWERS, n -> () -> review.count()),
                row("ReviewService.publicationsPerWeek(int)", Policy.EDITORS, n -> () -> review.publicationsPerWeek(12)),
                row("ReviewService.reviewTurnaround(int)", Policy.EDITORS, n -> () -> review.reviewTurnaround(90)),

                // readership: Nanning's figures, and a Nanning article's views
                row("ReadershipService.viewsPerDay(String, int)", Policy.EDITORS_OF_THE_OFFICE,
                        n -> () -> readership.viewsPerDay("nanning", 30)),
                row("ReadershipService.mostRead(String, int, int)", Policy.EDITORS_OF_THE_OFFICE,
                        n -> () -> readership.mostRead("nanning", 7, 10)),
                row("ReadershipService.viewsOf(long)", Policy.STAFF_OF_THE_OFFICE, n -> {
                    Article published = n.published();
                    return () -> readership.viewsOf(published.id().value());
                }),

                // security: the sign-in log and staff accounts (administrators act for every office)
                row("SignInLog.find(Boolean, Instant, Instant, int, int)", Policy.ADMINS,
                        n -> () -> signInLog.find(null, null, null, 0, 20).toList()),
                row("SignInLog.exportCsv(Boolean, List, Function, Writer)", Policy.ADMINS,
                        n -> () -> signInLog.exportCsv(null, List.of("时间"), e -> List.of(e.username()),
                                new StringWriter())),
                row("SignInLog.count(Boolean, Instant, Instant)", Policy.ADMINS,
                        n -> () -> signInLog.count(null, null, null)),

                // admin: the record of administrative changes
                row("AdministrativeChangeLog.find(Kind, Instant, Instant, int, int)", Policy.ADMINS,
                        n -> () -> administrativeChanges.find(null, null, null, 0, 20).toList()),
                row("AdministrativeChangeLog.exportCsv(Kind, List, Function, Writer)", Policy.ADMINS,
                        n -> () -> administrativeChanges.exportCsv(null, List.of("时间"), e -> List.of(e.subject()),
                                new StringWriter())),
                row("AdministrativeChangeLog.count(Kind, Instant, Instant)", Policy.ADMINS,
                        n -> () -> administrativeChanges.count(null, null, null)),
                row("StaffAccountService.changeOwnPassword(String, String)", Policy.SIGNED_IN,
                        n -> () -> accounts.changeOwnPassword(TestNewsroom.PASSWORD, "邕江两岸灯火通明的夜晚")),
                row("StaffAccountService.mustChangePassword()", Policy.SIGNED_IN,
                        n -> () -> accounts.mustChangePassword()),
                row("StaffAccountService.ownLanguage()", Policy.SIGNED_IN, n -> () -> accounts.ownLanguage()),
                row("StaffAccountService.changeOwnLanguage(Locale)", Policy.SIGNED_IN,
                        n -> () -> accounts.changeOwnLanguage(Locale.ENGLISH)),
                // the start-up check against demo accounts on a production database (run as the setup account)
                row("StaffAccountService.enabledAmong(Collection)", Policy.ADMINS,
                        n -> () -> accounts.enabledAmong(List.of("author.nanning", "admin"))),
                row("StaffAccountService.accepting(String)", Policy.ADMINS,
                        n -> () -> accounts.accepting(TestNewsroom.PASSWORD)),
                row("StaffAccountService.open(String, String, String, String, Set)", Policy.ADMINS,
                        n -> () -> accounts.open("author.nanning2", "王芳", null, "nanning", Set.of(StaffRole.AUTHOR))),
                row("StaffAccountService.update(long, int, String, String, String, Set, boolean)", Policy.ADMINS, n -> {
                    StaffMember editor = n.account("editor.nanning");
                    int version = as("admin", () -> accounts.version(editor.id()));
                    return () -> accounts.update(editor.id(), version, "黄丽", "huangli@gxnews.example", "nanning",
                            Set.of(StaffRole.EDITOR), true);
                }),
                row("StaffAccountService.version(long)", Policy.ADMINS, n -> {
                    StaffMember editor = n.account("editor.nanning");
                    return () -> accounts.version(editor.id());
                }),
                row("StaffAccountService.resetPassword(long)", Policy.ADMINS, n -> {
                    StaffMember editor = n.account("editor.nanning");
                    return () -> accounts.resetPassword(editor.id());
                }),
                row("StaffAccountService.findPage(int, int)", Policy.ADMINS,
                        n -> () -> accounts.findPage(0, 50).toList()),
                row("StaffAccountService.count()", Policy.ADMINS, n -> () -> accounts.count()),
                row("StaffAccountService.create(NewStaffAccount)", Policy.ADMINS,
                        n -> () -> accounts.create(new NewStaffAccount("author.nanning3", "张伟", "邕江两岸灯火通明的夜晚",
                                "nanning", Set.of(StaffRole.AUTHOR)))),
                open("StaffAccountService.anyAccountExists()", "the first start asks it before any account exists",
                        n -> () -> accounts.anyAccountExists()),
                open("StaffUserDetailsService.loadUserByUsername(String)",
                        "infrastructure: Spring Security's form login, before anyone is signed in; no view calls it",
                        n -> () -> userDetails.loadUserByUsername("author.nanning")),
                open("StaffUserDetailsService.updatePassword(UserDetails, String)",
                        "infrastructure: Spring Security stores an upgraded hash at sign-in; no view calls it",
                        n -> {
                            UserDetails author = userDetails.loadUserByUsername("author.nanning");
                            return () -> passwordUpgrades.updatePassword(author, author.getPassword());
                        }));
    }

    @Test
    void every_public_service_method_has_a_row_and_every_row_a_method() {
        Set<String> methods = serviceMethods();
        List<String> named = rows().stream().map(Row::method).toList();

        assertThat(named).as("rows named twice").doesNotHaveDuplicates();
        assertThat(named.stream().filter(row -> !methods.contains(row)).toList())
                .as("rows naming no public service method").isEmpty();
        assertThat(methods.stream().filter(method -> !named.contains(method)).toList())
                .as("public service methods without a row in the authorization matrix").isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> every_caller_is_allowed_or_refused_as_the_table_says() {
        return rows().stream().map(row -> dynamicContainer(row.method() + " — " + row.who(),
                Arrays.stream(Caller.values()).map(caller -> {
                    Access expected = row.policy().of(caller);
                    return dynamicTest(caller.description + " → " + expected, () -> check(row, caller, expected));
                })));
    }

    private void check(Row row, Caller caller, Access expected) throws Exception {
        newsroom.reset();
        Call call = row.prepare().apply(new Nanning(caller.editedIt));
        Throwable thrown = null;
        try {
            callAs(caller, call);
        } catch (Throwable e) {
            thrown = e;
        }
        if (expected == ALLOW && thrown != null) {
            fail(row.method() + " as " + caller.description + " should go through but threw " + thrown, thrown);
        }
        if (expected == DENY && thrown == null) {
            fail(row.method() + " as " + caller.description + " should be refused but went through");
        }
        if (expected == DENY && !isRefusal(thrown)) {
            fail(row.method() + " as " + caller.description + " should be refused but failed otherwise: " + thrown,
                    thrown);
        }
    }

    /**
     * The portal's refusals: Spring Security's (the {@code @PreAuthorize} guards, and {@code CurrentUser} with
     * nobody signed in), an article out of the member's scope reported as not found (the rows' articles exist),
     * the rule refusals of the workflow, and the media library's answer for another office's photo.
     */
    static boolean isRefusal(@Nullable Throwable e) {
        return e instanceof AccessDeniedException
                || e instanceof AuthenticationException
                || e instanceof ArticleNotFoundException
                || e instanceof NotAllowedException notAllowed && REFUSAL_KEYS.contains(notAllowed.messageKey())
                || e instanceof PhotoRejectedException rejected && PHOTO_REFUSAL_KEYS.contains(rejected.reason())
                || e instanceof AnsweredNothing;
    }

    /** Every public method declared on a {@code @Service} of the portal, as {@code Class.method(Parameter, ...)}. */
    static Set<String> serviceMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> methods = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("cn.gxnews.portal")) {
            Class<?> service;
            try {
                service = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .map(AuthorizationMatrixTest::signature)
                    .forEach(methods::add);
        }
        return methods;
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private void callAs(Caller caller, Call call) {
        if (caller.username != null) {
            as(caller.username, () -> {
                call.call();
                return null;
            });
            return;
        }
        // what the filter chain gives a reader who is not signed in
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(anonymous);
        try {
            call.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** For the methods that refuse by answering nothing, as if the thing did not exist. */
    private static void refusedIfEmpty(Optional<?> answer) {
        if (answer.isEmpty()) {
            throw new AnsweredNothing();
        }
    }

    private static final class AnsweredNothing extends RuntimeException {
    }

    /**
     * The Nanning office's things the calls act on, each made as the staff who would make it.
     *
     * <p>For the caller who edited the revision, the Nanning editor has saved a revision of the draft (so also of
     * the article in review made from it), and the live revision of the published article is their edit,
     * approved by the editor of all offices.
     */
    private final class Nanning {

        private final boolean editedByTheEditor;

        Nanning(boolean editedByTheEditor) {
            this.editedByTheEditor = editedByTheEditor;
        }

        Article draft() {
            Article draft = as("editor.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
            if (!editedByTheEditor) {
                return draft;
            }
            return as("editor.nanning", () -> articles.save(draft.id(), draft.version(), edited(draft)));
        }

        Article inReview() {
            Article draft = draft();
            return as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
        }

        Article published() {
            Article live = as("editor.nanning", () -> articles.find(idOf(NANNING_PUBLISHED_SEED)));
            if (!editedByTheEditor) {
                return live;
            }
            Article edit = as("editor.nanning", () -> articles.save(live.id(), live.version(), edited(live)));
            Article submitted = as("editor.nanning", () -> articles.submit(edit.id(), edit.version()));
            return as("editor.all", () -> review.approveAndPublish(submitted.id(), submitted.version()));
        }

        /** The article's working text with a changed summary. */
        private static ArticleDraft edited(Article article) {
            ArticleDraft text = article.working().content();
            return new ArticleDraft(text.title(), text.summary() + "（编辑修改）", text.body(), text.coverSha256());
        }

        Article unpublished() {
            Article published = published();
            return as("editor.nanning", () -> review.unpublish(published.id(), published.version()));
        }

        /** The draft, with its author editing it. */
        Article lockedByItsAuthor() {
            Article draft = draft();
            assertThat(as("author.nanning", () -> locks.acquire(draft.id()))).isEmpty();
            return draft;
        }

        /** A photo in the Nanning library, in no live article. */
        MediaItem photo() {
            return as("author.nanning", () -> media.upload(TestPhotos.jpeg(320, 200, Color.ORANGE)));
        }

        /** One of the Nanning author's notifications (their published article). */
        long notificationOfItsAuthor() {
            return as("author.nanning", () -> notifications.mine(0, 1).toList().getFirst().id());
        }

        /** The draft, moved to the recycle bin by its author. */
        Article binned() {
            Article draft = draft();
            return as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));
        }

        /** Gives Nanning these review levels (as an administrator would). */
        void hasReviewLevels(ReviewLevels levels) {
            Office nanning = offices.find("nanning").orElseThrow();
            as("admin", () -> offices.update(nanning, levels, offices.version("nanning")));
        }

        StaffMember account(String username) {
            return as("admin", () -> accounts.findPage(0, 50).toList()).stream()
                    .filter(m -> m.username().equals(username)).findFirst().orElseThrow();
        }
    }

    /** A call of one service method, as the caller of the cell. */
    @FunctionalInterface
    private interface Call {
        void call();
    }

    /** Makes what the call needs (as the staff who would make it) and returns the call. */
    @FunctionalInterface
    private interface Prepare {
        Call apply(Nanning nanning) throws Exception;
    }

    private record Row(String method, Policy policy, String who, Prepare prepare) {
    }

    private static Row row(String method, Policy policy, Prepare prepare) {
        if (policy == Policy.ANYONE) {
            throw new IllegalArgumentException(method + ": a method open to anyone needs a reason (use open)");
        }
        return new Row(method, policy, policy.description, prepare);
    }

    /** A method deliberately open to everyone, with the reason why. */
    private static Row open(String method, String reason, Prepare prepare) {
        return new Row(method, Policy.ANYONE, "anyone: " + reason, prepare);
    }
}
