package cn.gxnews.portal;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the package rules of the house style (STYLE.md) true as the code grows. */
@AnalyzeClasses(packages = "cn.gxnews.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "cn.gxnews.portal";
    private static final List<String> FEATURES =
            List.of("security", "staff", "office", "article", "editorial", "search", "media", "notification", "publicsite",
                    "desk", "demo");

    @ArchTest
    static final ArchRule features_use_each_other_only_through_their_root_package = classes()
            .that().resideInAnyPackage(FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
            .should(new ArchCondition<>("use another feature only through that feature's root package") {
                @Override
                public void check(JavaClass source, ConditionEvents events) {
                    Optional<String> own = featureOf(source.getPackageName());
                    for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        Optional<String> other = featureOf(target);
                        if (other.isPresent() && !other.equals(own) && !target.equals(ROOT + "." + other.get())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule jooq_appears_only_in_repositories_and_queries = noClasses()
            .that().resideOutsideOfPackages("..repository..", "..query..", ROOT + ".jooq..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".jooq..");

    @ArchTest
    static final ArchRule views_talk_to_services_only = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..repository..", "..query..");

    @ArchTest
    static final ArchRule the_shared_base_depends_on_no_feature_internals = noClasses()
            .that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    FEATURES.stream().map(f -> ROOT + "." + f + ".*..").toArray(String[]::new));

    private static Optional<String> featureOf(String packageName) {
        return FEATURES.stream()
                .filter(f -> packageName.equals(ROOT + "." + f) || packageName.startsWith(ROOT + "." + f + "."))
                .findFirst();
    }
}
