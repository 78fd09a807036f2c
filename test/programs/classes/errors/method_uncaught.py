# An uncaught AttributeError for a misspelled method name called on an instance, raised inside
# a method: the suggestion comes from the class's methods, and the traceback has two frames.
class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []

    def add_song(self, title):
        self.songs.append(title)

    def shuffle_by_length(self):
        self.songs.sort(key=len)
        return self.songs

    def refresh(self):
        return self.shuffle_by_lenght()


p = Playlist('mix')
p.add_song('a long title')
p.add_song('short')
print(p.shuffle_by_length())
p.refresh()
