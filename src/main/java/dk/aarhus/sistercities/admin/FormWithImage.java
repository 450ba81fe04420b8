package dk.aarhus.sistercities.admin;

/**
 * What every form that shows an image has (a city's, an activity's, a page's): the image chosen from the library,
 * and the texts of a new image uploaded from the form itself ({@code newImage.*}, the file {@code newImage.file}),
 * which {@link ImageAttachment} puts into the library and chooses.
 */
public abstract class FormWithImage {

    /** The chosen image's id in the image library, or null for none. */
    private Long image;
    private ImageForm newImage = new ImageForm();

    public Long getImage() { return image; }
    public void setImage(Long image) { this.image = image; }
    public ImageForm getNewImage() { return newImage; }
    public void setNewImage(ImageForm newImage) { this.newImage = newImage == null ? new ImageForm() : newImage; }
}
