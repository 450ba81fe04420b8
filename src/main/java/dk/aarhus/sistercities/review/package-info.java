/**
 * Approval before publishing, for every subject of the revision store (kind and key): who may publish (roles and
 * the four-eyes setting), drafts sent for review, the queue, approval and rejection, and each step's record.
 *
 * <p>A module of its own rather than part of {@code admin}: the rules hold for every kind of content, and a kind
 * joins by offering a {@link dk.aarhus.sistercities.review.ReviewableKind} (the admin does so for cities), so the
 * workflow knows no kind and the kinds need no copy of it.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"account", "content", "revision"})
package dk.aarhus.sistercities.review;

import org.springframework.modulith.ApplicationModule;
