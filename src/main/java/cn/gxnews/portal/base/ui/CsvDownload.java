package cn.gxnews.portal.base.ui;

import cn.gxnews.portal.base.Translations;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The download of a view's list as a CSV file named after it and today's date. The view's filter and language
 * are read in the UI's thread; the file is written outside it, so a long export does not hold the UI.
 */
public final class CsvDownload {

    /** Writes the file for the filter that was on screen, in the language of the person downloading it. */
    @FunctionalInterface
    public interface Export<F extends @Nullable Object> {
        void write(F filter, Locale locale, Writer out) throws IOException;
    }

    private record Shown<F extends @Nullable Object>(F filter, Locale locale) {
    }

    private CsvDownload() {
    }

    /** @param name the file name's start, e.g. {@code sign-ins} for {@code sign-ins-2026-11-27.csv} */
    public static <F extends @Nullable Object> DownloadHandler of(String name, Supplier<F> filter, Export<F> export) {
        return event -> {
            AtomicReference<Shown<F>> shown = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> shown.set(new Shown<>(filter.get(), event.getUI().getLocale())));
            event.setFileName(name + "-" + LocalDate.now(Translations.ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                export.write(shown.get().filter(), shown.get().locale(), out);
            }
        };
    }
}
