package cn.gxnews.portal.base;

import java.util.Locale;
import java.util.Optional;

/** The language the signed-in staff member chose for the desk, if they chose one (else the browser decides). */
public interface LanguagePreference {

    Optional<Locale> ofCurrentMember();
}
