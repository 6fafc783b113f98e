package cn.gxnews.portal.readership;

import java.time.LocalDate;

/** How many times readers opened articles on one day (Beijing time), for one office or the whole company. */
public record DayViews(LocalDate day, long views) {
}
