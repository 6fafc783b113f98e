package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.PortalException;

/**
 * A time an editor asked for cannot be: a publish time that is not in the future, or an unpublish time that is
 * not after the article goes online. {@link #field()} says which of the two times to correct.
 */
public class ScheduleTimeRefusedException extends PortalException {

    /** The time the refusal concerns. */
    public enum Field { PUBLISH_AT, UNPUBLISH_AT }

    private final Field field;

    private ScheduleTimeRefusedException(Field field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    static ScheduleTimeRefusedException publishNotInFuture() {
        return new ScheduleTimeRefusedException(Field.PUBLISH_AT, "error.schedule.publishInPast");
    }

    static ScheduleTimeRefusedException unpublishNotAfterPublish() {
        return new ScheduleTimeRefusedException(Field.UNPUBLISH_AT, "error.schedule.unpublishBeforePublish");
    }

    public Field field() {
        return field;
    }
}
