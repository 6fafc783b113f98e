package cn.gxnews.portal.editorial;

import java.time.LocalDate;

/** How many articles an office first published in the week starting on Monday {@code week} (Beijing time). */
public record WeekPublications(LocalDate week, int count) {
}
