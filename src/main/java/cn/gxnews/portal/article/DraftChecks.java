package cn.gxnews.portal.article;

import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.media.MediaService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an article's text must meet: every stored revision and autosave the lengths and the characters the portal
 * stores; submission and approval a complete text free of sensitive words; every article only its own office's
 * photos.
 */
@Component
class DraftChecks {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final SensitiveWordService sensitiveWords;
    private final StandardWordingService wording;
    private final MediaService media;

    DraftChecks(SensitiveWordService sensitiveWords, StandardWordingService wording, MediaService media) {
        this.sensitiveWords = sensitiveWords;
        this.wording = wording;
        this.media = media;
    }

    /** An article may show only photos from its own office's library; a photo is named by its SHA-256. */
    void checkPhotos(ArticleDraft content, String officeCode) {
        Set<String> used = new HashSet<>();
        content.photos().stream().map(Block.Photo::mediaSha256).filter(Objects::nonNull).forEach(used::add);
        if (content.coverSha256() != null) {
            used.add(content.coverSha256());
        }
        if (used.stream().anyMatch(sha256 -> !SHA256.matcher(sha256).matches())
                || !used.isEmpty() && !media.allInLibrary(used, officeCode)) {
            throw new NotAllowedException("error.article.foreignPhoto");
        }
    }

    /** What every stored revision and autosave must meet: the lengths, and only characters the portal stores. */
    static void checkLimits(ArticleDraft content) {
        List<DraftProblem> problems = new ArrayList<>();
        if (content.title().length() > ArticleDraft.TITLE_MAX) {
            problems.add(DraftProblem.TITLE_TOO_LONG);
        }
        if (!PlainText.acceptable(content.title(), false)) {
            problems.add(DraftProblem.TITLE_CHARACTERS);
        }
        if (content.summary().length() > ArticleDraft.SUMMARY_MAX) {
            problems.add(DraftProblem.SUMMARY_TOO_LONG);
        }
        if (!PlainText.acceptable(content.summary(), true)) {
            problems.add(DraftProblem.SUMMARY_CHARACTERS);
        }
        if (!content.body().stream().allMatch(DraftChecks::acceptable)) {
            problems.add(DraftProblem.BODY_CHARACTERS);
        }
        if (!problems.isEmpty()) {
            throw new DraftIncompleteException(problems);
        }
    }

    /** Text blocks may hold several lines; a photo's caption, credit and alt text are one line each. */
    private static boolean acceptable(Block block) {
        return block instanceof Block.Photo photo
                ? PlainText.acceptable(photo.caption(), false) && PlainText.acceptable(photo.credit(), false)
                && PlainText.acceptable(photo.alt(), false)
                : PlainText.acceptable(block.text(), true);
    }

    /**
     * What submission and approval both require: title, summary, body, an image, caption and alt text for every
     * photo, no sensitive word, and no wrong form of a "block" pair of the standard wording.
     *
     * @param messageKey what the refusal says as a whole (cannot be submitted, cannot be approved)
     */
    void checkComplete(ArticleDraft content, String messageKey) {
        List<DraftProblem> problems = new ArrayList<>();
        if (content.title().isBlank()) {
            problems.add(DraftProblem.TITLE_MISSING);
        }
        if (content.summary().isBlank()) {
            problems.add(DraftProblem.SUMMARY_MISSING);
        }
        if (!content.hasText()) {
            problems.add(DraftProblem.BODY_MISSING);
        }
        for (Block.Photo photo : content.photos()) {
            if (photo.mediaSha256() == null) {
                problems.add(DraftProblem.PHOTO_MISSING);
            }
            if (photo.caption().isBlank()) {
                problems.add(DraftProblem.CAPTION_MISSING);
            }
            if (photo.alt().isBlank()) {
                problems.add(DraftProblem.ALT_MISSING);
            }
        }
        problems = problems.stream().distinct().collect(Collectors.toCollection(ArrayList::new));
        List<SensitiveWordService.Hit> hits = sensitiveWords.findIn(content);
        if (!hits.isEmpty()) {
            problems.add(DraftProblem.SENSITIVE_WORDS);
        }
        List<StandardWording> blocked = wording.hits(content).stream().map(StandardWordingService.Hit::pair)
                .filter(pair -> pair.severity() == StandardWording.Severity.BLOCK).distinct().toList();
        if (!blocked.isEmpty()) {
            problems.add(DraftProblem.STANDARD_WORDING);
        }
        if (!problems.isEmpty()) {
            throw new DraftIncompleteException(messageKey, problems, hits.stream()
                    .map(SensitiveWordService.Hit::word).distinct().toList(), blocked);
        }
    }
}
