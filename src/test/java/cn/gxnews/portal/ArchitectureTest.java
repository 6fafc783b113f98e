package cn.gxnews.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;

import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the package map (docs/decisions/0020) that Spring Modulith's {@link ModularityTest} does not
 * check: the layers inside a feature, views kept to their package, and a base that knows no feature. The
 * features are found by scanning: every package directly under {@code cn.gxnews.portal} except the generated
 * jOOQ classes and the shared {@code base}.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "cn.gxnews.portal";
    private static final Set<String> NOT_FEATURES = Set.of("jooq", "base");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching(ROOT + ".(*)..")
            .namingSlices("feature $1")
            .should().beFreeOfCycles()
            // the generated schema classes are everyone's, and name the converters of the repositories
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(ROOT + ".jooq.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(ROOT + ".jooq.."));

    @ArchTest
    static final ArchRule the_shared_base_depends_on_no_feature = noClasses()
            .that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + "..")
                    .and(new DescribedPredicate<JavaClass>("belong to a feature") {
                        @Override
                        public boolean test(JavaClass target) {
                            return featureOf(target).isPresent();
                        }
                    }));

    @ArchTest
    static final ArchRule jooq_appears_only_in_repositories_and_queries = noClasses()
            .that().resideOutsideOfPackages("..repository..", "..query..", ROOT + ".jooq..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".jooq..");

    @ArchTest
    static final ArchRule views_talk_to_services_only = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..repository..", "..query..");

    @ArchTest
    static final ArchRule views_live_in_a_ui_package_or_the_desk_shell = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..").orShould().resideInAPackage(ROOT + ".desk");

    /** The sign-in view is the one exception: the security configuration in its feature's root names it. */
    @ArchTest
    static final ArchRule views_are_package_private = classes()
            .that().areAnnotatedWith(Route.class).and().doNotHaveFullyQualifiedName(ROOT + ".security.ui.LoginView")
            .should().notHaveModifier(JavaModifier.PUBLIC);

    private static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String first = name.substring(ROOT.length() + 1).split("\\.")[0];
        return NOT_FEATURES.contains(first) ? Optional.empty() : Optional.of(first);
    }
}
