package cn.gxnews.portal.base;

/** An argument of a translated message that is itself to be translated (a state's or an action's name). */
public record MessageKey(String key) {
}
