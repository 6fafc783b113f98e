package cn.gxnews.portal.article;

import cn.gxnews.portal.article.StandardWordingImportException.RowProblem;
import cn.gxnews.portal.article.repository.StandardWordingRepository;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.Csv;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The standard-wording list (规范用语), kept by administrators, and finding its wrong forms in an article. The
 * matcher is built once per version of the list and shared; every check asks the database only whether the list
 * changed (decision 0026), so that each instance of a cluster sees a change at its next check.
 */
@Service
public class StandardWordingService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";
    private static final String ADMINS = "hasRole('" + Roles.ADMIN + "')";
    private static final int CONTEXT = 12;
    /** The columns of the CSV file, in their order. */
    private static final int COLUMNS = 4;

    /** Where in an article a hit is: the title, the summary, or a part of one body block. */
    public enum Part {
        TITLE, SUMMARY, TEXT, CAPTION, CREDIT, ALT
    }

    /**
     * One occurrence of a wrong form.
     *
     * @param block  the body block's index ({@code -1} for the title and summary)
     * @param offset where the wrong form starts in that text
     * @param before up to a few characters of text before it
     * @param after  up to a few characters after it
     */
    public record Hit(StandardWording pair, Part part, int block, int offset, String before, String after) {

        /**
         * The text with one hit replaced by the right form; the same text when that place no longer holds the wrong
         * form (the writer changed it meanwhile).
         */
        public ArticleDraft fix(ArticleDraft content) {
            UnaryOperator<String> fix = text -> text.startsWith(pair.wrong(), offset)
                    ? text.substring(0, offset) + pair.right()
                    + text.substring(offset + pair.wrong().length())
                    : text;
            return switch (part) {
                case TITLE -> new ArticleDraft(fix.apply(content.title()), content.summary(), content.body(),
                        content.coverSha256());
                case SUMMARY -> new ArticleDraft(content.title(), fix.apply(content.summary()), content.body(),
                        content.coverSha256());
                default -> {
                    if (block < 0 || block >= content.body().size()) {
                        yield content;
                    }
                    List<Block> body = new ArrayList<>(content.body());
                    body.set(block, replaceIn(body.get(block), part, fix));
                    yield new ArticleDraft(content.title(), content.summary(), body, content.coverSha256());
                }
            };
        }

        private static Block replaceIn(Block block, Part part, UnaryOperator<String> fix) {
            return switch (block) {
                case Block.Photo photo when part == Part.CAPTION ->
                        new Block.Photo(photo.mediaSha256(), fix.apply(photo.caption()), photo.credit(), photo.alt());
                case Block.Photo photo when part == Part.CREDIT ->
                        new Block.Photo(photo.mediaSha256(), photo.caption(), fix.apply(photo.credit()), photo.alt());
                case Block.Photo photo when part == Part.ALT ->
                        new Block.Photo(photo.mediaSha256(), photo.caption(), photo.credit(), fix.apply(photo.alt()));
                case Block.Paragraph paragraph when part == Part.TEXT -> new Block.Paragraph(fix.apply(paragraph.text()));
                case Block.Heading heading when part == Part.TEXT -> new Block.Heading(fix.apply(heading.text()));
                case Block.Quote quote when part == Part.TEXT -> new Block.Quote(fix.apply(quote.text()));
                default -> block;
            };
        }
    }

    private record Matcher(String fingerprint, List<StandardWording> pairs, WordingMatcher matcher) {
    }

    private final StandardWordingRepository wording;
    private final ApplicationEventPublisher events;
    private volatile Matcher cached = new Matcher("", List.of(), new WordingMatcher(List.of()));

    StandardWordingService(StandardWordingRepository wording, ApplicationEventPublisher events) {
        this.wording = wording;
        this.events = events;
    }

    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<StandardWording> list() {
        return wording.findAll();
    }

    /** Adds a pair, or changes the one with the same wrong form. */
    @PreAuthorize(ADMINS)
    @Transactional
    public void save(StandardWording pair) {
        check(pair);
        Optional<StandardWording> before = wording.find(pair.wrong());
        wording.save(pair);
        announce(before.orElse(null), pair);
    }

    @PreAuthorize(ADMINS)
    @Transactional
    public void remove(String wrong) {
        Optional<StandardWording> before = wording.find(wrong);
        if (wording.delete(wrong)) {
            events.publishEvent(new AdministrativeChange(AdministrativeChange.Kind.STANDARD_WORDING_REMOVED, wrong,
                    fields(before.orElseThrow()), Map.of()));
        }
    }

    /**
     * Adds or changes every pair of a CSV file (a header row, then wrong form, right form, note, WARN or BLOCK),
     * as {@link #export} writes it. A file with any wrong row imports nothing and names every wrong row.
     *
     * @return how many pairs were added or changed
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public int importCsv(String csv) {
        List<List<String>> rows = Csv.read(csv);
        List<RowProblem> problems = new ArrayList<>();
        Map<String, StandardWording> pairs = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.size() < COLUMNS - 1 || row.size() > COLUMNS) {
                problems.add(new RowProblem(line, "error.wording.import.columns", List.of(String.valueOf(row.size()))));
                continue;
            }
            String severity = row.size() == COLUMNS ? row.get(3).strip().toUpperCase(Locale.ROOT) : "";
            if (!severity.equals("WARN") && !severity.equals("BLOCK")) {
                problems.add(new RowProblem(line, "error.wording.import.severity", List.of(severity)));
                continue;
            }
            StandardWording pair = new StandardWording(row.get(0), row.get(1), row.get(2),
                    StandardWording.Severity.valueOf(severity));
            try {
                check(pair);
            } catch (StandardWordingRefusedException e) {
                problems.add(new RowProblem(line, e.messageKey(),
                        java.util.Arrays.stream(e.messageArgs()).map(String::valueOf).toList()));
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(pair.wrong(), line);
            if (earlier != null) {
                problems.add(new RowProblem(line, "error.wording.import.duplicate",
                        List.of(pair.wrong(), String.valueOf(earlier))));
                continue;
            }
            pairs.put(pair.wrong(), pair);
        }
        if (rows.size() <= 1 && problems.isEmpty()) {
            throw new StandardWordingImportException(List.of(new RowProblem(1, "error.wording.import.empty", List.of())));
        }
        if (!problems.isEmpty()) {
            throw new StandardWordingImportException(problems);
        }
        int changed = 0;
        for (StandardWording pair : pairs.values()) {
            StandardWording before = wording.find(pair.wrong()).orElse(null);
            if (!pair.equals(before)) {
                wording.save(pair);
                announce(before, pair);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Writes the whole list as CSV that {@link #importCsv} reads back.
     *
     * @param translate turns a message key into the header's text in the reader's language
     */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public void export(Writer out, UnaryOperator<String> translate) throws IOException {
        List<StandardWording> all = wording.findAll();
        Csv.write(out, List.of(translate.apply("wording.wrong"), translate.apply("wording.right"),
                        translate.apply("wording.note"), translate.apply("wording.severity.csv")),
                (offset, limit) -> all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                pair -> List.of(pair.wrong(), pair.right(), pair.note(), pair.severity().name()));
    }

    /** Every wrong form in the article's text, in the order of the text (title, summary, then the body). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Hit> findIn(ArticleDraft content) {
        return hits(content);
    }

    /** For the submission checks, which run inside the caller's transaction and authorization. */
    List<Hit> hits(ArticleDraft content) {
        Matcher current = current();
        List<Hit> hits = new ArrayList<>();
        if (current.pairs().isEmpty()) {
            return hits;
        }
        collect(current, Part.TITLE, -1, content.title(), hits);
        collect(current, Part.SUMMARY, -1, content.summary(), hits);
        for (int i = 0; i < content.body().size(); i++) {
            Block block = content.body().get(i);
            if (block instanceof Block.Photo photo) {
                collect(current, Part.CAPTION, i, photo.caption(), hits);
                collect(current, Part.CREDIT, i, photo.credit(), hits);
                collect(current, Part.ALT, i, photo.alt(), hits);
            } else {
                collect(current, Part.TEXT, i, block.text(), hits);
            }
        }
        return hits;
    }

    /** The matcher for the list as it is now: the cached one while the list is unchanged. */
    private Matcher current() {
        String fingerprint = wording.fingerprint();
        Matcher matcher = cached;
        if (!matcher.fingerprint().equals(fingerprint)) {
            List<StandardWording> pairs = wording.findAll();
            matcher = new Matcher(fingerprint, pairs,
                    new WordingMatcher(pairs.stream().map(StandardWording::wrong).toList()));
            cached = matcher;
        }
        return matcher;
    }

    private static void collect(Matcher current, Part part, int block, String text, List<Hit> hits) {
        for (WordingMatcher.Match match : current.matcher().find(text)) {
            hits.add(new Hit(current.pairs().get(match.pattern()), part, block, match.start(),
                    text.substring(Math.max(0, match.start() - CONTEXT), match.start()),
                    text.substring(match.end(), Math.min(text.length(), match.end() + CONTEXT))));
        }
    }

    private static void check(StandardWording pair) {
        if (pair.wrong().isEmpty()) {
            throw new StandardWordingRefusedException("wrong", "error.wording.wrongMissing");
        }
        if (pair.right().isEmpty()) {
            throw new StandardWordingRefusedException("right", "error.wording.rightMissing");
        }
        if (pair.wrong().length() > StandardWording.MAX_LENGTH) {
            throw new StandardWordingRefusedException("wrong", "error.wording.tooLong", StandardWording.MAX_LENGTH);
        }
        if (pair.right().length() > StandardWording.MAX_LENGTH) {
            throw new StandardWordingRefusedException("right", "error.wording.tooLong", StandardWording.MAX_LENGTH);
        }
        if (pair.note().length() > StandardWording.NOTE_MAX) {
            throw new StandardWordingRefusedException("note", "error.wording.noteTooLong", StandardWording.NOTE_MAX);
        }
        if (pair.wrong().equals(pair.right())) {
            throw new StandardWordingRefusedException("right", "error.wording.same");
        }
        if (!PlainText.acceptable(pair.wrong(), false)) {
            throw new StandardWordingRefusedException("wrong", "error.wording.characters");
        }
        if (!PlainText.acceptable(pair.right(), false)) {
            throw new StandardWordingRefusedException("right", "error.wording.characters");
        }
        if (!PlainText.acceptable(pair.note(), false)) {
            throw new StandardWordingRefusedException("note", "error.wording.characters");
        }
    }

    private void announce(@Nullable StandardWording before, StandardWording after) {
        AdministrativeChange change = AdministrativeChange.between(AdministrativeChange.Kind.STANDARD_WORDING_SAVED,
                after.wrong(), before == null ? Map.of() : fields(before), fields(after));
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
    }

    private static Map<String, String> fields(StandardWording pair) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("right", pair.right());
        fields.put("note", pair.note());
        fields.put("severity", pair.severity().name());
        return fields;
    }
}
