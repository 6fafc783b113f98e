package cn.gxnews.portal.section;

import java.util.Locale;

/**
 * A section (栏目) of the news, such as 行业新闻 or 通知公告.
 *
 * @param slug     its public address: {@code /sections/{slug}}
 * @param position where it stands among the sections (menus and pickers are ordered by it)
 */
public record Section(long id, String slug, String nameZh, String nameEn, int position, int version) {

    public static final int SLUG_MAX = 40;
    public static final int NAME_ZH_MAX = 20;
    public static final int NAME_EN_MAX = 60;

    /** The name in the reader's language: English for English, Chinese otherwise. */
    public String name(Locale locale) {
        return locale.getLanguage().equals("en") ? nameEn : nameZh;
    }
}
