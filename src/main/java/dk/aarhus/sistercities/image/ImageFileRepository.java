package dk.aarhus.sistercities.image;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImageFileRepository extends JpaRepository<ImageFile, String> {

    Optional<ImageFile> findByHashAndContentType(String hash, String contentType);
}
