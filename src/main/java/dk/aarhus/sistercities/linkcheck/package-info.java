/**
 * Link checks: every web address the content links to (official websites, sources, contacts' websites, links in
 * Markdown texts) checked politely on a schedule when an operator turns it on, and the editors' report of the
 * broken and redirected ones with where each is used.
 */
@ApplicationModule(displayName = "Link checks",
        allowedDependencies = {"activity", "admin", "city", "contact", "content", "page"})
package dk.aarhus.sistercities.linkcheck;

import org.springframework.modulith.ApplicationModule;
