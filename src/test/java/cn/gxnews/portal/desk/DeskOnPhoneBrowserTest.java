package cn.gxnews.portal.desk;

import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.TestNewsroom;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every desk view and dialog on a phone (390×844) in a real browser: nothing sticks out past the right edge,
 * and axe-core finds no WCAG 2.1 A/AA violation. The views are not listed here but discovered, so that a view
 * added later is checked too: the menu entries each of an administrator, an editor and an author sees, and every
 * {@code @Route} of the portal without a parameter. Only the views that need an article and the dialogs are
 * named. Screenshots of each are kept in {@code target/screenshots} as {@code phone-desk-*.png}. The same views
 * are also checked with axe-core at a desktop's width.
 */
class DeskOnPhoneBrowserTest extends AbstractBrowserTest {

    /**
     * The members whose menus together reach every view: an editor, an author and an administrator, who then
     * opens the routes no menu showed (a view opened by a member it refuses would show "not found" only).
     */
    private static final List<String> MEMBERS = List.of("editor.liuzhou", "author.liuzhou", "admin");

    /** The routes with an article id, opened below with a demo article; a new one must be added here. */
    private static final Set<String> VIEWS_WITH_AN_ARTICLE = Set.of("review/article", "article", "article/history");

    /** A dialog or confirmation on screen. */
    private static final String OPEN_DIALOG = "vaadin-dialog-overlay[opened], vaadin-dialog[opened], "
            + "vaadin-confirm-dialog[opened], vaadin-confirm-dialog-overlay[opened]";

    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @Test
    void every_desk_view_fits_a_phone_and_passes_axe() throws IOException {
        phone();
        Set<String> checked = new TreeSet<>();
        browser.get(baseUrl() + "/desk/login");
        check("login", "login");

        for (String member : MEMBERS) {
            signIn(member);
            for (String path : menuPaths()) {
                if (checked.add(path)) {
                    open(path);
                    check(path, member + "-" + path);
                }
            }
            if (member.equals("admin")) {
                for (String path : routesWithoutParameter()) {
                    if (checked.add(path)) {
                        open(path);
                        check(path, member + "-" + path);
                    }
                }
                openAdministratorsDialogs();
            }
            if (member.equals("editor.liuzhou")) {
                openReviewScreenAndItsDialogs();
                checked.add("review/article");
            }
            if (member.equals("author.liuzhou")) {
                openEditorAndItsDialogs();
                checked.add("article");
                checked.add("article/history");
            }
            open("no-such-view");
            waitForText("找不到这个页面");
            check("no-such-view", member + "-not-found");
            signOut();
        }

        assertThat(checked).as("every route of the desk was opened").containsAll(routesWithoutParameter())
                .containsAll(VIEWS_WITH_AN_ARTICLE);
        assertThat(problems).as("views that stick out on a phone or fail axe-core").isEmpty();
    }

    /** The same views at a desktop's width (1280 px, the browser tests' default): axe-core finds nothing there either. */
    @Test
    void every_desk_view_passes_axe_on_a_desktop() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        Set<String> checked = new TreeSet<>();
        for (String member : MEMBERS) {
            signIn(member);
            List<String> paths = new ArrayList<>(menuPaths());
            if (member.equals("admin")) {
                paths.addAll(routesWithoutParameter());
            }
            if (member.equals("editor.liuzhou")) {
                paths.add("review/article/" + idOf(LIUZHOU_IN_REVIEW).value());
            }
            if (member.equals("author.liuzhou")) {
                paths.add("article/" + idOf(LIUZHOU_DRAFT).value());
                paths.add("article/history/" + idOf(LIUZHOU_DRAFT).value());
            }
            for (String path : paths) {
                if (checked.add(path)) {
                    open(path);
                    List<String> found = axeViolations();
                    if (!found.isEmpty()) {
                        violations.put(path, found);
                    }
                }
            }
            signOut();
        }
        assertThat(checked).as("every route of the desk was opened").containsAll(routesWithoutParameter());
        assertThat(violations).as("axe-core violations at 1280 px").isEmpty();
    }

    @Test
    void every_route_with_a_parameter_is_opened_by_the_phone_test() {
        assertThat(routesWithParameter()).as("add a new view with a parameter to VIEWS_WITH_AN_ARTICLE")
                .isSubsetOf(VIEWS_WITH_AN_ARTICLE);
    }

    @Test
    void an_editor_takes_the_review_decision_with_the_keyboard_alone() throws IOException {
        phone();
        signIn("editor.liuzhou");
        open("review/article/" + idOf(LIUZHOU_IN_REVIEW).value());
        waitForText("批准并发布");
        JavascriptExecutor js = (JavascriptExecutor) browser;

        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focusedText()).as("the first Tab reaches the skip link").isEqualTo("跳到正文");
        keys.sendKeys(Keys.ENTER).perform();
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 40 && !"批准并发布".equals(focusedText()); i++) {
            keys.sendKeys(Keys.TAB).perform();
            visited.add(focusedText() + " <" + ((JavascriptExecutor) browser).executeScript(
                    "return " + DEEP_ACTIVE + ".tagName") + ">");
        }
        assertThat(focusedText()).as("Tab from the skip link reaches the approval: " + visited).isEqualTo("批准并发布");
        assertThat((Boolean) js.executeScript("return deepActive().hasAttribute('focus-ring')".replace(
                "deepActive()", DEEP_ACTIVE))).as("the focused button shows a focus ring").isTrue();
        screenshot("phone-keyboard-review-focus.png");
        keys.sendKeys(Keys.ENTER).perform();
        waitForText("已批准并发布");
    }

    private static final String DEEP_ACTIVE =
            "(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) "
            + "a = a.shadowRoot.activeElement; return a; })()";

    private String focusedText() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const a = " + DEEP_ACTIVE + "; return a ? ((a.innerText || a.textContent || '').trim() || a.tagName) : null");
        return text == null ? null : text.toString();
    }

    private void openReviewScreenAndItsDialogs() throws IOException {
        open("review/article/" + idOf(LIUZHOU_IN_REVIEW).value());
        waitForText("批准并发布");
        check("review/article", "editor-review");
        clickButton("批准并定时发布");
        check("review/article schedule dialog", "editor-review-schedule");
        closeDialog();
        clickButton("要求修改");
        check("review/article send-back dialog", "editor-review-send-back");
        closeDialog();
    }

    private void openEditorAndItsDialogs() throws IOException {
        long draft = idOf(LIUZHOU_DRAFT).value();
        open("article/" + draft);
        waitForText("提交审核");
        check("article", "author-editor");
        assertThat(width("vaadin-text-area.comment-new, .comments vaadin-text-area"))
                .as("the comment box is as wide as the form").isGreaterThan(width("vaadin-text-field") - 2);
        clickButton("粘贴导入…");
        check("article paste dialog", "author-editor-paste");
        WebElement pasted = browser.findElement(By.xpath(
                "//vaadin-text-area[.//label[normalize-space(.)='粘贴文章文字']]//textarea"));
        pasted.sendKeys("冬季消防演练在厂区举行。\n▲演练现场");
        click(browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='导入']")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(OPEN_DIALOG), 0));
        settle();
        check("article with a photo block", "author-editor-photo-block");
        clickButton("选择照片…");
        check("article photo picker", "author-editor-photo-picker");
        closeDialog();
        open("article/new");
        waitForText("提交审核");
        check("article/new", "author-editor-new");
        open("article/history/" + draft);
        check("article/history", "author-history");
    }

    private long width(String css) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().width", css)).longValue();
    }

    /** The dialogs of the administration: a new and an existing account, an office, a section, the bins. */
    private void openAdministratorsDialogs() throws IOException {
        open("admin/staff");
        clickButton("新建账号");
        check("admin/staff account dialog", "admin-staff-dialog");
        closeDialog();
        clickRow("author.liuzhou");
        check("admin/staff existing account dialog", "admin-staff-edit-dialog");
        closeDialog();
        open("admin/offices");
        clickRow("柳州");
        check("admin/offices office dialog", "admin-offices-dialog");
        closeDialog();
        open("admin/sections");
        clickButton("删除");
        check("admin/sections remove confirmation", "admin-sections-remove");
        closeDialog();
        open("bin");
        clickButton("清空回收站");
        check("bin empty confirmation", "admin-bin-empty");
        closeDialog();
    }

    /** Clicks the grid row (a card on a phone) that shows this text, which opens its dialog. */
    private void clickRow(String text) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(normalize-space(.), '" + text + "')]"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(OPEN_DIALOG)));
        settle();
    }

    /** Clicks the first button showing one of these texts (the wording of a dialog's opener). */
    private void clickButton(String... texts) {
        StringBuilder xpath = new StringBuilder();
        for (String text : texts) {
            xpath.append(xpath.isEmpty() ? "" : " | ").append("//vaadin-button[normalize-space(.)='").append(text).append("']");
        }
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath.toString()))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(OPEN_DIALOG)));
        settle();
    }

    private void closeDialog() {
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(OPEN_DIALOG), 0));
    }

    private void check(String view, String screenshot) throws IOException {
        settle();
        List<String> found = new ArrayList<>();
        overflowingElements().forEach(o -> found.add("overflow " + o));
        axeViolations().forEach(v -> found.add("axe " + v));
        thumbnailsCutInTheirCells().forEach(t -> found.add("thumbnail cut, shown with an ellipsis: " + t));
        if (!found.isEmpty()) {
            problems.put(view, found);
            System.out.println("PHONE-CHECK " + view + ": " + found);
        }
        screenshot("phone-desk-" + screenshot.replace('/', '-') + ".png");
    }

    /** A picture wider than its grid cell overflowed it, and the cell drew "…" under the picture. */
    @SuppressWarnings("unchecked")
    private List<String> thumbnailsCutInTheirCells() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(cell => cell.querySelector('img') && cell.scrollWidth > cell.clientWidth + 1)
                    .map(cell => cell.querySelector('img').getAttribute('alt'));
                """);
    }

    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !(window.Vaadin && window.Vaadin.Flow"
                + " && window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients)"
                + ".some(c => c.isActive && c.isActive()))")));
        try {
            Thread.sleep(400); // animations of overlays and the drawer end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void open(String path) {
        browser.get(baseUrl() + "/desk/" + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout, .login-view")));
        settle();
    }

    /** The desk paths of the menu this member sees. */
    private List<String> menuPaths() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement item : browser.findElements(By.cssSelector("vaadin-side-nav-item"))) {
            String path = item.getAttribute("path");
            if (path != null) {
                paths.add(path.replaceFirst("^/?(desk/?)?", ""));
            }
        }
        return List.copyOf(paths);
    }

    /** Every desk route without a parameter, found on the class path by its {@code @Route}. */
    private static Set<String> routesWithoutParameter() {
        Set<String> routes = new TreeSet<>();
        routeClasses().forEach((route, parameter) -> {
            if (!parameter && !route.equals("login")) {
                routes.add(route);
            }
        });
        return routes;
    }

    private static Set<String> routesWithParameter() {
        Set<String> routes = new TreeSet<>();
        routeClasses().forEach((route, parameter) -> {
            if (parameter) {
                routes.add(route);
            }
        });
        return routes;
    }

    private static Map<String, Boolean> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Boolean> routes = new LinkedHashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.gxnews.portal")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                routes.put(view.getAnnotation(Route.class).value(), HasUrlParameter.class.isAssignableFrom(view));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/desk/login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestNewsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("vaadin-button[slot='submit']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[name='password']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }
}
