package dk.aarhus.sistercities.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.SisterCitiesApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked: each package under the application's is a module; none may depend on
 * another in a cycle, and each may use only the modules its {@code package-info.java} allows (the public
 * side, for one, never reaches the editors' admin or the accounts). The README's table of modules is
 * checked against the modules as they are, and the diagram is written to {@code target/modules}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SisterCitiesApplication.class);
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

    @Test
    void modulesHaveNoCyclesAndUseOnlyWhatTheyAllow() {
        MODULES.verify();
    }

    @Test
    void everyModuleSaysWhatItIsForAndWhatItMayUse() {
        MODULES.forEach(module -> assertThat(module.getBasePackage().getAnnotation(ApplicationModule.class))
                .as(module.getIdentifier() + "'s package-info.java with @ApplicationModule").isPresent());
    }

    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        Path folder = Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        String table = table();
        Files.writeString(folder.resolve("modules.md"), table);
        assertThat(Files.readString(Path.of("README.md")))
                .as("README.md's table of modules; the table as it should be is in target/modules/modules.md")
                .contains(table);
    }

    /** One row per module: its name, what its package-info says it is for, and the modules it uses. */
    private static String table() throws IOException {
        StringBuilder table = new StringBuilder("| module | what it is for | uses |\n|---|---|---|\n");
        for (var module : MODULES.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString())).toList()) {
            String uses = module.getDirectDependencies(MODULES).uniqueModules()
                    .map(used -> "`" + used.getIdentifier() + "`").sorted().collect(Collectors.joining(", "));
            table.append("| `").append(module.getIdentifier()).append("` | ")
                    .append(purpose(module.getBasePackage().getName())).append(" | ")
                    .append(uses.isEmpty() ? "–" : uses).append(" |\n");
        }
        return table.toString();
    }

    private static String purpose(String packageName) throws IOException {
        Path source = Path.of("src/main/java", packageName.replace('.', '/'), "package-info.java");
        Matcher javadoc = JAVADOC.matcher(Files.readString(source));
        assertThat(javadoc.find()).as(source + " has a Javadoc comment").isTrue();
        return javadoc.group(1).replaceAll("\\s*\\n\\s*\\*\\s?", " ").strip();
    }
}
