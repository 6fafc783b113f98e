package cn.gxnews.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules (every package directly under {@code cn.gxnews.portal}) as Spring Modulith sees them:
 * no cycles between them, and each uses another only through its root package (its API) or a named interface.
 * The generated jOOQ classes are no module: every repository and query reads the schema through them.
 */
class ModularityTest {

    static final ApplicationModules MODULES =
            ApplicationModules.of(Application.class, resideInAPackage("cn.gxnews.portal.jooq.."));

    @Test
    void the_modules_have_no_cycles_and_use_each_other_only_through_their_api() {
        MODULES.verify();
    }

    @Test
    void every_feature_of_the_house_style_is_a_module() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("article", "editorial", "search", "publicsite", "media", "office", "staff", "security",
                        "notification", "desk", "base");
    }

    @Test
    void the_module_map_is_drawn_for_the_readme() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
