package cn.gxnews.portal.staff;

import cn.gxnews.portal.base.AdministrativeChange;

import java.time.Instant;
import java.util.Map;

/** One recorded administrative change: when, by whom, what, and the changed fields before and after. */
public record AdministrativeChangeEntry(long id, Instant occurredAt, String actor, AdministrativeChange.Kind kind,
                                        String subject, Map<String, String> before, Map<String, String> after) {
}
