package cn.gxnews.portal.publicsite;

/** Grey mode (全站置灰) for national mourning days: the public site in grayscale, photos included. */
public enum GreyMode {
    OFF, ON,
    /** Grey from a start to an end instant (entered in Beijing time), in colour before and after. */
    SCHEDULED
}
