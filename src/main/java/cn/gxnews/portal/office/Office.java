package cn.gxnews.portal.office;

import java.util.Locale;

/** A regional office, with the contact details shown on the public Contact Us page. */
public record Office(String code, String nameZh, String nameEn, String address, String contactPerson, String phone) {

    /** The office's name in the given language (Chinese unless English is asked for). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
