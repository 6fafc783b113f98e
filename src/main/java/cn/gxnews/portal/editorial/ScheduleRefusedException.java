package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.PortalException;

/**
 * A publication schedule that cannot be: a publish time that is not in the future, or an unpublish time that
 * does not come after it. Its own type (it used to be a "draft incomplete", which told the editor to fix the
 * article), so that the review screen marks the time that is wrong and keeps the dialog open.
 */
public class ScheduleRefusedException extends PortalException {

    private final boolean unpublishTime;

    private ScheduleRefusedException(String messageKey, boolean unpublishTime) {
        super(messageKey);
        this.unpublishTime = unpublishTime;
    }

    static ScheduleRefusedException publishTimeInPast() {
        return new ScheduleRefusedException("error.schedule.publishInPast", false);
    }

    static ScheduleRefusedException unpublishTimeNotAfterPublishTime() {
        return new ScheduleRefusedException("error.schedule.unpublishBeforePublish", true);
    }

    /** Whether the unpublish time is the wrong one (otherwise the publish time is). */
    public boolean concernsUnpublishTime() {
        return unpublishTime;
    }
}
