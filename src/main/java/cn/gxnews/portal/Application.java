package cn.gxnews.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The portal application. The desk is served by Vaadin under {@code /desk}; the desk loads Lumo and the
 * portal's own plain CSS (from the top-level {@code frontend/} folder), without any frontend bundle build.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet("context://" + Lumo.STYLESHEET)
@StyleSheet("context://css/desk.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
