package dk.aarhus.sistercities.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    /** One statement for the contact and its texts: every public page's footer reads the general one. */
    @Query("select distinct c from Contact c left join fetch c.texts where c.scope in ?1")
    List<Contact> findByScopeIn(List<String> scopes);

    Optional<Contact> findByScope(String scope);

    @Query("select distinct c from Contact c left join fetch c.texts order by c.scope")
    List<Contact> findAllWithTexts();
}
