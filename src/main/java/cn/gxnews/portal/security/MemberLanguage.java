package cn.gxnews.portal.security;

import cn.gxnews.portal.base.LanguagePreference;
import cn.gxnews.portal.security.repository.StaffUserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** The desk language the signed-in member chose (nobody signed in: none). */
@Component
class MemberLanguage implements LanguagePreference {

    private final CurrentUser currentUser;
    private final StaffUserRepository users;

    MemberLanguage(CurrentUser currentUser, StaffUserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> ofCurrentMember() {
        return currentUser.find().flatMap(member -> users.language(member.id()));
    }
}
