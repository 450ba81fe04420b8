package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.RevisionAction;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TextRevisionRepository extends JpaRepository<TextRevision, Long> {

    List<TextRevision> findByKindAndKeyOrderByNumberDesc(TextSubject.Kind kind, String key);

    Optional<TextRevision> findFirstByKindAndKeyOrderByNumberDesc(TextSubject.Kind kind, String key);

    Optional<TextRevision> findFirstByKindAndKeyAndActionOrderByNumberDesc(TextSubject.Kind kind, String key,
            RevisionAction action);

    Optional<TextRevision> findByKindAndKeyAndNumber(TextSubject.Kind kind, String key, int number);
}
