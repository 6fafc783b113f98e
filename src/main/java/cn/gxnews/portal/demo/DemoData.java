package cn.gxnews.portal.demo;

import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.section.SectionService;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.security.NewStaffAccount;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffRole;
import cn.gxnews.portal.security.SystemTasks;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo newsroom: one author and one editor per office, an editor of all offices and an administrator
 * (all with the same demo password), the real article of the company's site published by the Nanning office,
 * and articles in every other state. Everything goes through the real services, as the demo staff, so the
 * audit trail is the one real work would leave, and every article in review or published passes the checks
 * of submission: its photos are generated sample images (clearly marked as such) with the captions of the
 * company's page, taken into the office's library by the real photo intake.
 *
 * <p>All of it is one transaction: a start interrupted half-way leaves nothing, and the next start creates
 * the whole newsroom (its "already has staff accounts" check cannot meet a half-made one).
 */
@Component
public class DemoData {

    /** The demo accounts: username, name, office (null for all), roles. */
    public static final List<NewStaffAccount> ACCOUNTS = List.of(
            account("author.nanning", "李明（南宁撰稿）", "nanning", StaffRole.AUTHOR),
            account("editor.nanning", "黄丽（南宁编辑）", "nanning", StaffRole.EDITOR),
            account("author.liuzhou", "韦强（柳州撰稿）", "liuzhou", StaffRole.AUTHOR),
            account("editor.liuzhou", "覃芳（柳州编辑）", "liuzhou", StaffRole.EDITOR),
            account("author.guilin", "蒋涛（桂林撰稿）", "guilin", StaffRole.AUTHOR),
            account("editor.guilin", "莫敏（桂林编辑）", "guilin", StaffRole.EDITOR),
            account("editor.all", "陆华（总编辑）", null, StaffRole.EDITOR),
            account("publisher", "蓝天（签发人）", null, StaffRole.PUBLISHER),
            account("admin", "系统管理员", null, StaffRole.ADMIN));

    /** The credit of every generated photo: readers see that it is not a real one. */
    public static final String SAMPLE_PHOTO_CREDIT = "示例图片 Sample image";

    private final StaffAccountService accounts;
    private final ArticleService articles;
    private final ReviewService review;
    private final MediaService media;
    private final SystemTasks system;
    private final TransactionTemplate transaction;
    private final SectionService sections;
    private final ArticleSectionService articleSections;

    DemoData(StaffAccountService accounts, ArticleService articles, ReviewService review, MediaService media,
             SystemTasks system, TransactionTemplate transaction, SectionService sections,
             ArticleSectionService articleSections) {
        this.sections = sections;
        this.articleSections = articleSections;
        this.accounts = accounts;
        this.articles = articles;
        this.review = review;
        this.media = media;
        this.system = system;
        this.transaction = transaction;
    }

    /** Whether the database already has staff (then demo data was created before, or it is not a demo). */
    public boolean isLoaded() {
        return accounts.anyAccountExists();
    }

    /** Creates the demo staff, photos and articles, all in one transaction. */
    public void load(String password) {
        transaction.executeWithoutResult(status -> new Creation().run(password));
    }

    /** One creation of the newsroom; numbers its sample photos. */
    private final class Creation {

        private int photos;

        void run(String password) {
            system.runAsSetup(() -> {
                ACCOUNTS.forEach(a -> accounts.create(new NewStaffAccount(a.username(), a.displayName(), password,
                        a.officeCode(), a.roles())));
                // 行业新闻 comes with the migrations; the newsroom adds two more sections
                addSection("company", "公司新闻", "Company News");
                addSection("notices", "通知公告", "Notices");
                return null;
            });

            // Nanning: the real article of the company's site, published; and a draft.
            publish("author.nanning", "editor.nanning", seedArticle());
            write("author.nanning", ArticleDraft.of("南宁分公司召开2026年度工作总结会",
                    "南宁分公司总结全年工作，部署明年重点任务。",
                    List.of("12月中旬，南宁分公司在金禄大厦召开年度工作总结会，全体员工参加。",
                            "会上，各部门负责人汇报了全年工作完成情况。")));

            // Liuzhou: one published, one waiting for review, one draft.
            publishIn("notices", "author.liuzhou", "editor.liuzhou", ArticleDraft.of("柳州分公司完成办公室搬迁",
                    "柳州分公司迁入城中区学院路鑫中联大厦，对外联系方式不变。",
                    List.of("近日，柳州分公司完成办公室搬迁，新址位于柳州市城中区学院路50号鑫中联大厦。",
                            "▲柳州分公司新办公区",
                            "新办公区面积更大，设有接待区和会议室，方便与客户交流。联系人和电话保持不变。")));
            submit("author.liuzhou", ArticleDraft.of("柳州分公司参加柳州工业博览会",
                    "柳州分公司在工业博览会上展示了面向制造企业的信息化服务。",
                    List.of("11月，柳州分公司参加在柳州国际会展中心举办的工业博览会。",
                            "展会期间，分公司接待了来自汽车、机械等行业的多家企业。",
                            "▲柳州分公司展位")));
            write("author.liuzhou", ArticleDraft.of("柳州分公司举办新员工入职培训", "",
                    List.of("本周，柳州分公司为新入职员工举办了为期两天的培训。")));

            // Guilin: one published, one waiting for review, one sent back to its author.
            publish("author.guilin", "editor.guilin", ArticleDraft.of("桂林分公司入驻信息孵化大厦",
                    "桂林分公司在七星区高新区信息产业园设立办公点。",
                    List.of("桂林分公司正式入驻七星区高新区信息产业园信息孵化大厦，服务桂林及周边地区客户。",
                            "▲信息孵化大厦外景")));
            submit("author.guilin", ArticleDraft.of("桂林分公司与高新区企业开展技术交流",
                    "桂林分公司与高新区多家企业就数字化转型开展交流。",
                    List.of("11月下旬，桂林分公司邀请高新区多家企业负责人座谈，交流数字化转型经验。",
                            "与会企业表示，希望进一步加强合作。")));
            Article sentBack = submit("author.guilin", ArticleDraft.of("桂林分公司组织员工参加植树活动",
                    "桂林分公司员工参加义务植树。",
                    List.of("春季，桂林分公司组织员工参加义务植树活动。")));
            system.runAs("editor.guilin", () -> review.requestChanges(sentBack.id(), sentBack.version(),
                    "请补充活动的时间、地点和参加人数，并配一张现场照片。"));
        }

        private Article write(String author, ArticleDraft content) {
            return system.runAs(author, () -> articles.createDraft(withSamplePhotos(content)));
        }

        private Article submit(String author, ArticleDraft content) {
            Article draft = write(author, content);
            return system.runAs(author, () -> articles.submit(draft.id(), draft.version()));
        }

        private void publish(String author, String editor, ArticleDraft content) {
            Article submitted = submit(author, content);
            system.runAs(editor, () -> review.approveAndPublish(submitted.id(), submitted.version()));
        }

        /** Writes the article in a section other than the first (行业新闻), then has it published. */
        private void publishIn(String sectionSlug, String author, String editor, ArticleDraft content) {
            Article draft = write(author, content);
            long section = sections.findBySlug(sectionSlug).orElseThrow().id();
            system.runAs(author, () -> {
                articleSections.move(draft.id(), section);
                return null;
            });
            Article submitted = system.runAs(author, () -> articles.submit(draft.id(), draft.version()));
            system.runAs(editor, () -> review.approveAndPublish(submitted.id(), submitted.version()));
        }

        /** Adds a section unless a database kept from an earlier demo start has it already. */
        private void addSection(String slug, String nameZh, String nameEn) {
            if (sections.findBySlug(slug).isEmpty()) {
                sections.add(slug, nameZh, nameEn);
            }
        }

        /**
         * Gives every photo block waiting for its image a generated sample photo, taken into the author's office
         * library with the caption (which also serves as alt text) and the sample credit; the first photo is
         * also the cover. Must run as the author.
         */
        private ArticleDraft withSamplePhotos(ArticleDraft content) {
            List<Block> body = new ArrayList<>();
            String cover = content.coverSha256();
            for (Block block : content.body()) {
                if (block instanceof Block.Photo photo && photo.mediaSha256() == null) {
                    MediaItem uploaded = media.upload(SamplePhotos.jpeg(++photos));
                    media.describe(uploaded.id(), uploaded.version(), photo.caption(), SAMPLE_PHOTO_CREDIT,
                            photo.caption());
                    body.add(new Block.Photo(uploaded.sha256(), photo.caption(), SAMPLE_PHOTO_CREDIT,
                            photo.caption()));
                    cover = cover == null ? uploaded.sha256() : cover;
                } else {
                    body.add(block);
                }
            }
            return new ArticleDraft(content.title(), content.summary(), body, cover);
        }
    }

    /**
     * The article from the company's current site: its first line is the title, every further line a
     * paragraph, and each ▲ line the caption of a photo block waiting for its image.
     */
    public static ArticleDraft seedArticle() {
        try {
            String text = new ClassPathResource("demo/seed-article.txt").getContentAsString(StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElseThrow().strip();
            return new ArticleDraft(title, "广西科技厅调研组赴江西，学习科技创新支撑产业高质量发展的经验做法。",
                    ArticleDraft.importText(text.substring(text.indexOf('\n') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewStaffAccount account(String username, String name, String office, StaffRole role) {
        return new NewStaffAccount(username, name, "", office, Set.of(role));
    }
}
