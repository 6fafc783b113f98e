package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.ArticleState;

import java.util.Map;

/** How many articles of one office stand in each state. */
public record StateCounts(String officeCode, Map<ArticleState, Integer> counts) {

    public StateCounts {
        counts = Map.copyOf(counts);
    }

    public int count(ArticleState state) {
        return counts.getOrDefault(state, 0);
    }
}
