package dk.aarhus.sistercities.linkcheck;

import dk.aarhus.sistercities.content.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The editors' report: the latest round's outcomes joined with where each address is used now, so a link
 * removed since the round is no longer reported and a new one counts as not yet checked.
 */
@Service
class LinkReport {

    /** An address that is broken or redirected, with the places that use it. */
    record Row(String url, LinkStatus status, Integer code, String location, String error, Instant checkedAt,
            List<LinkUse> uses) {

        /** The answer in the report's words: a missing page and a server's error told apart from other refusals. */
        public String statusKey() {
            if (status == LinkStatus.HTTP_ERROR && code != null) {
                if (code == 404 || code == 410) {
                    return "NOT_FOUND";
                }
                if (code >= 500) {
                    return "SERVER_ERROR";
                }
            }
            return status.name();
        }
    }

    /**
     * @param working   addresses that answered well
     * @param unchecked addresses in the content that no round has checked yet
     * @param last      when the latest round ended, or null
     */
    record Report(List<Row> broken, List<Row> redirected, int working, int unchecked, Instant last) {
    }

    private final LinkInventory inventory;
    private final LinkResults results;

    LinkReport(LinkInventory inventory, LinkResults results) {
        this.inventory = inventory;
        this.results = results;
    }

    Report report(Language language) {
        Map<String, List<LinkUse>> byUrl = new LinkedHashMap<>();
        for (LinkUse use : inventory.uses(language)) {
            byUrl.computeIfAbsent(use.url(), u -> new ArrayList<>()).add(use);
        }
        Map<String, LinkCheck> checked = results.byUrl();
        List<Row> broken = new ArrayList<>();
        List<Row> redirected = new ArrayList<>();
        int working = 0;
        int unchecked = 0;
        for (Map.Entry<String, List<LinkUse>> url : byUrl.entrySet()) {
            LinkCheck check = checked.get(url.getKey());
            if (check == null) {
                unchecked++;
            } else if (check.getStatus() == LinkStatus.OK) {
                working++;
            } else {
                Row row = new Row(url.getKey(), check.getStatus(), check.getCode(), check.getLocation(),
                        check.getError(), check.getCheckedAt(), url.getValue());
                (check.getStatus() == LinkStatus.REDIRECTED ? redirected : broken).add(row);
            }
        }
        return new Report(broken, redirected, working, unchecked, results.lastChecked().orElse(null));
    }
}
