package corpus

func (d *doc) meetings() []Meeting { return nil }
