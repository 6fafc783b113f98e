package cn.gxnews.portal;

/** Titles of the demo newsroom's articles, by office and state (see {@code DemoData}). */
public final class DemoTitles {

    public static final String NANNING_PUBLISHED_SEED = "广西科技支撑产业高质量发展调研组赴江西调研";
    public static final String NANNING_DRAFT = "南宁分公司召开2026年度工作总结会";
    public static final String LIUZHOU_PUBLISHED = "柳州分公司完成办公室搬迁";
    public static final String LIUZHOU_IN_REVIEW = "柳州分公司参加柳州工业博览会";
    public static final String LIUZHOU_DRAFT = "柳州分公司举办新员工入职培训";
    public static final String GUILIN_PUBLISHED = "桂林分公司入驻信息孵化大厦";
    public static final String GUILIN_IN_REVIEW = "桂林分公司与高新区企业开展技术交流";
    public static final String GUILIN_CHANGES_REQUESTED = "桂林分公司组织员工参加植树活动";

    private DemoTitles() {
    }
}
