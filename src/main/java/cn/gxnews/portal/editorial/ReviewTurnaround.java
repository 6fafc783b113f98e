package cn.gxnews.portal.editorial;

import java.time.Duration;

/**
 * How long an office's submissions waited for the editor's decision (sent back, or approved), over the review
 * decisions of a period: the median and the slowest. A withdrawn submission had no decision and is left out.
 *
 * @param decisions how many decisions the figures are of; with none, both durations are zero
 */
public record ReviewTurnaround(String officeCode, int decisions, Duration median, Duration slowest) {
}
