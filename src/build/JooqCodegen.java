import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.LambdaConverter;
import org.jooq.meta.jaxb.Target;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (run by the exec plugin in generate-sources): applies the Flyway migrations in db/ to a
 * throw-away embedded PostgreSQL and generates the jOOQ classes from the real schema, so that
 * PostgreSQL-specific types (domains, arrays) survive. Skips the work when neither the migrations nor the
 * generator's configuration changed.
 *
 * <p>The generated columns have the portal's own types ({@link #USER_TYPES}), so that repositories read and write
 * articles' ids, states, transitions, roles, instants and bodies without converting anything by hand (see
 * docs/decisions/0022-jooq-user-types.md). The generator only writes the names of these types and converters; the
 * generated classes are compiled together with them.
 *
 * Arguments: migrations folder, output folder, target package.
 */
public class JooqCodegen {

    private static final String PORTAL = "cn.gxnews.portal.";

    /** Which columns get which Java type: matched by the (PostgreSQL) type, or by qualified column name. */
    static final List<ForcedType> USER_TYPES = List.of(
            // Every timestamptz is an instant: the database keeps no offset, and neither does the domain.
            new ForcedType()
                    .withName("INSTANT")
                    .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone|timestamptz)"),
            // The article's id and every column that points at an article.
            new ForcedType()
                    .withUserType(PORTAL + "article.ArticleId")
                    .withLambdaConverter(new LambdaConverter()
                            .withFrom(PORTAL + "article.ArticleId::new")
                            .withTo(PORTAL + "article.ArticleId::value"))
                    .withIncludeExpression("(?i:(.*\\.)?(article\\.id|\\w+\\.article_id))")
                    .withIncludeTypes("(?i:bigint|int8)"),
            new ForcedType()
                    .withUserType(PORTAL + "article.ArticleState")
                    .withEnumConverter(true)
                    .withIncludeTypes("(?i:(public\\.)?article_state)"),
            new ForcedType()
                    .withUserType(PORTAL + "article.Transition")
                    .withEnumConverter(true)
                    .withIncludeTypes("(?i:(public\\.)?workflow_transition)"),
            // A member's roles: an array of the staff_role domain, a set in Java.
            new ForcedType()
                    .withUserType("java.util.Set<" + PORTAL + "security.StaffRole>")
                    .withConverter(PORTAL + "security.repository.StaffRolesConverter")
                    .withIncludeExpression("(?i:(.*\\.)?staff_user\\.roles)"),
            new ForcedType()
                    .withUserType(PORTAL + "base.AdministrativeChange.Kind")
                    .withEnumConverter(true)
                    .withIncludeExpression("(?i:(.*\\.)?administrative_change\\.kind)"),
            new ForcedType()
                    .withUserType(PORTAL + "publicsite.GreyMode")
                    .withEnumConverter(true)
                    .withIncludeExpression("(?i:(.*\\.)?site_settings\\.grey_mode)"),
            // The desk language a member chose, stored as a language tag.
            new ForcedType()
                    .withUserType("java.util.Locale")
                    .withLambdaConverter(new LambdaConverter()
                            .withFrom("java.util.Locale::forLanguageTag")
                            .withTo("java.util.Locale::toLanguageTag"))
                    .withIncludeExpression("(?i:(.*\\.)?staff_user\\.language)"),
            // An article's body, saved or autosaved: the JSON array of its blocks.
            new ForcedType()
                    .withUserType("java.util.List<" + PORTAL + "article.Block>")
                    .withConverter(PORTAL + "article.repository.BodyConverter")
                    .withIncludeExpression("(?i:(.*\\.)?(article_revision|draft_autosave)\\.body)"),
            // The fields an administrative change changed, before and after, as a JSON object of strings.
            new ForcedType()
                    .withUserType("java.util.Map<String, String>")
                    .withConverter(PORTAL + "staff.repository.ChangedFieldsConverter")
                    .withIncludeExpression("(?i:(.*\\.)?administrative_change\\.(before|after))"));

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String targetPackage = args[2];

        Generator generator = generator(output, targetPackage);
        String fingerprint = fingerprint(migrations, generator);
        Path marker = output.resolve(".migrations-fingerprint");
        if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
            System.out.println("[jooq-codegen] migrations and configuration unchanged, generated classes are up to date");
            return;
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();

            String url = postgres.getJdbcUrl("postgres", "postgres");
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(url)
                            .withUser("postgres")
                            .withPassword("postgres"))
                    .withGenerator(generator));
        }
        Files.writeString(marker, fingerprint);
    }

    private static Generator generator(Path output, String targetPackage) {
        return new Generator()
                .withDatabase(new Database()
                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                        .withInputSchema("public")
                        .withExcludes("flyway_schema_history")
                        .withForcedTypes(USER_TYPES))
                .withGenerate(new Generate()
                        .withRecords(true)
                        .withPojos(false)
                        .withDaos(false)
                        .withJavaTimeTypes(true))
                .withTarget(new Target()
                        .withPackageName(targetPackage)
                        .withDirectory(output.toAbsolutePath().toString()));
    }

    /** The migrations and the generator's whole configuration (its XML form), so that a change of either counts. */
    private static String fingerprint(Path migrations, Generator generator) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(generator.toString().getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
