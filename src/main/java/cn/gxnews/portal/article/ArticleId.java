package cn.gxnews.portal.article;

/** The identity of an article; also the number in its public URL {@code /news/{id}}. */
public record ArticleId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
