package dk.aarhus.sistercities.data;

import dk.aarhus.sistercities.city.StructuredData;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The open data as a schema.org {@code Dataset}, for the JSON-LD of the data page and the overview: its
 * name and description in the page's language, its page, when it last changed, its two files, and its
 * licence only when one has been set.
 */
@Component
public class DatasetDescription {

    private final MessageSource messages;
    private final PublicPaths paths;
    private final OpenData data;
    private final OpenDataProperties properties;

    DatasetDescription(MessageSource messages, PublicPaths paths, OpenData data, OpenDataProperties properties) {
        this.messages = messages;
        this.paths = paths;
        this.data = data;
        this.properties = properties;
    }

    public Map<String, Object> dataset(Language language) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@type", "Dataset");
        dataset.put("name", message("data.dataset.name", language));
        dataset.put("description", message("data.dataset.description", language));
        dataset.put("url", paths.absolute(paths.data(language)));
        dataset.put("inLanguage", List.of(Language.DA.code(), Language.EN.code()));
        dataset.put("dateModified", OpenData.instant(data.lastChange()));
        dataset.put("isAccessibleForFree", true);
        dataset.put("creator", StructuredData.ordered("@type", "GovernmentOrganization", "name", message("site.owner", language),
                "url", "https://aarhus.dk/"));
        if (properties.licensed()) {
            dataset.put("license", properties.licenseUrl() != null ? properties.licenseUrl().toString()
                    : properties.licenseName());
        }
        dataset.put("distribution", List.of(
                download(PublicPaths.DATA_CSV, "text/csv"),
                download(PublicPaths.DATA_JSON, "application/json")));
        return dataset;
    }

    private Map<String, Object> download(String path, String format) {
        return StructuredData.ordered("@type", "DataDownload", "encodingFormat", format, "contentUrl", paths.absolute(path));
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
