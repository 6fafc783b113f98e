package cn.gxnews.portal.article;

import cn.gxnews.portal.base.TextLengthRefusedException;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.article.repository.SensitiveWordRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sensitive-word list, kept in the database and edited by administrators. An article that contains one
 * of the words cannot be submitted until the writer removes it.
 */
@Service
public class SensitiveWordService {

    public static final int MAX_LENGTH = 50;
    private static final int CONTEXT = 12;

    /**
     * One occurrence of a sensitive word.
     *
     * @param field   {@code title}, {@code summary} or {@code body}
     * @param before  up to a few characters of text before the word
     * @param after   up to a few characters of text after the word
     */
    public record Hit(String word, String field, String before, String after) {
    }

    private final SensitiveWordRepository words;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SensitiveWordService(SensitiveWordRepository words, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.words = words;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<String> list() {
        return words.findAll();
    }

    /** Adds a word; returns false when it was on the list already. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public boolean add(String word) {
        String trimmed = word.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new TextLengthRefusedException("error.sensitiveWord.length");
        }
        PlainText.check("sensitiveWords.word", trimmed, false);
        boolean added = words.insert(trimmed, currentUser.require().id());
        if (added) {
            events.publishEvent(new AdministrativeChange(AdministrativeChange.Kind.SENSITIVE_WORD_ADDED, trimmed,
                    Map.of(), Map.of("word", trimmed)));
        }
        return added;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void remove(String word) {
        if (words.delete(word)) {
            events.publishEvent(new AdministrativeChange(AdministrativeChange.Kind.SENSITIVE_WORD_REMOVED, word,
                    Map.of("word", word), Map.of()));
        }
    }

    /** Every occurrence of a listed word in the text, ignoring letter case. */
    List<Hit> findIn(ArticleDraft content) {
        List<String> list = words.findAll();
        List<Hit> hits = new ArrayList<>();
        if (list.isEmpty()) {
            return hits;
        }
        collect(list, "title", content.title(), hits);
        collect(list, "summary", content.summary(), hits);
        collect(list, "body", content.body().stream().map(block -> block instanceof Block.Photo photo
                ? photo.caption() + "\n" + photo.alt() + "\n" + photo.credit() : block.text())
                .collect(java.util.stream.Collectors.joining("\n")), hits);
        return hits;
    }

    private static void collect(List<String> list, String field, String text, List<Hit> hits) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String word : list) {
            String needle = word.toLowerCase(Locale.ROOT);
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
                hits.add(new Hit(text.substring(at, at + word.length()), field,
                        text.substring(Math.max(0, at - CONTEXT), at),
                        text.substring(at + word.length(), Math.min(text.length(), at + word.length() + CONTEXT))));
            }
        }
    }
}
