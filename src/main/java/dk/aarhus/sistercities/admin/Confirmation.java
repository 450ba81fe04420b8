package dk.aarhus.sistercities.admin;

import java.util.List;

/**
 * A confirmation page before a step that changes what citizens see (taking off the site, deleting): what it
 * is about, what citizens will see afterwards in plain words, and the form that takes the step. Shown by
 * {@code admin/confirm-removal}, one template for every kind.
 *
 * @param parentLabel  the list the subject is in (breadcrumbs)
 * @param parentHref   its address
 * @param subjectLabel the subject's name (breadcrumbs)
 * @param subjectHref  its form, where "No, go back" leads
 * @param title        the question, e.g. "Take Bergen off the site?"
 * @param consequences what citizens and editors will see afterwards, one sentence each
 * @param action       where the confirming form posts
 * @param seenRevision the revision the editor saw: a step on a newer one is refused
 * @param confirmLabel the confirming button
 */
record Confirmation(String parentLabel, String parentHref, String subjectLabel, String subjectHref, String title,
        List<String> consequences, String action, int seenRevision, String confirmLabel) {
}
